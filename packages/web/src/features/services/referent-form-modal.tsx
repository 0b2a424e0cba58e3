import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, TextInput } from "@mantine/core";
import type { ServiceReferent } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { apiFieldErrors } from "../../shared/forms/field-errors";
import { useAddReferent, useUpdateReferent } from "./services-api";

type Values = { name: string; profession: string; phone: string; email: string; archived: boolean };

const toValues = (r: ServiceReferent | null): Values =>
  r ? { name: r.name, profession: r.profession, phone: r.phone, email: r.email, archived: r.archived } : { name: "", profession: "", phone: "", email: "", archived: false };

type ReferentFormModalProps = {
  /** The service the referent works in; null when the modal is closed. */
  target: { serviceId: string; serviceName: string; referent: ServiceReferent | null } | null;
  onClose: () => void;
  onSaved: (referent: ServiceReferent) => void;
};

export const ReferentFormModal = ({ target, onClose, onSaved }: ReferentFormModalProps) => {
  const { t } = useTranslation();
  const title = target?.referent
    ? t("services.editReferentTitle", { name: target.referent.name })
    : t("services.newReferentTitle", { service: target?.serviceName ?? "" });
  return (
    <Modal opened={target !== null} onClose={onClose} title={title} size="lg" closeButtonProps={{ "aria-label": t("common.close") }}>
      {target ? (
        <ReferentForm key={target.referent?.id ?? `new-${target.serviceId}`} serviceId={target.serviceId} referent={target.referent} onSaved={onSaved} onCancel={onClose} />
      ) : null}
    </Modal>
  );
};

type ReferentFormProps = { serviceId: string; referent: ServiceReferent | null; onSaved: (referent: ServiceReferent) => void; onCancel: () => void };

const ReferentForm = ({ serviceId, referent, onSaved, onCancel }: ReferentFormProps) => {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(toValues(referent));
  const add = useAddReferent(serviceId);
  const update = useUpdateReferent(serviceId, referent?.id ?? "");
  const mutation = referent ? update : add;
  const errors = apiFieldErrors(mutation.error);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { archived, ...fields } = values;
    if (referent) update.mutate({ ...fields, archived }, { onSuccess: onSaved });
    else add.mutate(fields, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t("services.referentName")} required value={values.name} onChange={(e) => set({ name: e.currentTarget.value })} error={errors.name} autoComplete="off" />
          <TextInput
            label={t("services.profession")}
            description={t("services.professionHint")}
            value={values.profession}
            onChange={(e) => set({ profession: e.currentTarget.value })}
            error={errors.profession}
          />
          <TextInput label={t("services.phone")} type="tel" value={values.phone} onChange={(e) => set({ phone: e.currentTarget.value })} error={errors.phone} autoComplete="off" />
          <TextInput label={t("services.email")} type="email" value={values.email} onChange={(e) => set({ email: e.currentTarget.value })} error={errors.email} autoComplete="off" />
        </SimpleGrid>
        {referent ? (
          <Checkbox
            label={t("services.referentArchived")}
            description={t("services.referentArchivedHint")}
            checked={values.archived}
            onChange={(e) => set({ archived: e.currentTarget.checked })}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {referent ? t("common.save") : t("services.addReferent")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
