import { Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import { type Program, type Service, type ServiceKind, serviceKinds } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { apiFieldErrors } from "../../shared/forms/field-errors";
import { useCreateService, useUpdateService } from "./services-api";

type Values = { name: string; kind: ServiceKind; address: string; phone: string; email: string; notes: string; archived: boolean };

const toValues = (s: Service | null): Values =>
  s
    ? { name: s.name, kind: s.kind, address: s.address, phone: s.phone, email: s.email, notes: s.notes, archived: s.archived }
    : { name: "", kind: "cmp", address: "", phone: "", email: "", notes: "", archived: false };

type ServiceFormModalProps = {
  opened: boolean;
  /** The service to edit; null to create one. */
  service: Service | null;
  /** Programs where the user may add a service (a choice is offered when there are several). */
  programs: Program[];
  onClose: () => void;
  onSaved: (service: Service) => void;
};

export const ServiceFormModal = ({ opened, service, programs, onClose, onSaved }: ServiceFormModalProps) => {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={service ? t("services.editTitle", { name: service.name }) : t("services.newTitle")}
      size="lg"
      closeButtonProps={{ "aria-label": t("common.close") }}
    >
      {opened ? <ServiceForm key={service?.id ?? "new"} service={service} programs={programs} onSaved={onSaved} onCancel={onClose} /> : null}
    </Modal>
  );
};

type ServiceFormProps = { service: Service | null; programs: Program[]; onSaved: (service: Service) => void; onCancel: () => void };

/** Validation is the server's (its field messages are translated): the register is edited rarely, by few people. */
const ServiceForm = ({ service, programs, onSaved, onCancel }: ServiceFormProps) => {
  const { t } = useTranslation();
  const [values, setValues] = useState<Values>(toValues(service));
  const [version, setVersion] = useState(service?.version ?? 1);
  const [programId, setProgramId] = useState(service?.programId ?? programs[0]?.id ?? "");
  const create = useCreateService();
  const update = useUpdateService(service?.id ?? "");
  const mutation = service ? update : create;
  const errors = apiFieldErrors(mutation.error);
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const { archived, ...fields } = values;
    const onError = (error: unknown) => {
      // A colleague saved in between: show their version, keep the alert that says so.
      if (isApiError(error) && error.code === "stale_version" && error.current) {
        const current = error.current as Service;
        setValues(toValues(current));
        setVersion(current.version);
      }
    };
    if (service) update.mutate({ version, ...fields, archived }, { onSuccess: onSaved, onError });
    else create.mutate({ programId: programId || undefined, ...fields }, { onSuccess: onSaved });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        {!service && programs.length > 1 ? (
          <NativeSelect
            label={t("services.program")}
            value={programId}
            onChange={(e) => setProgramId(e.currentTarget.value)}
            data={programs.map((p) => ({ value: p.id, label: p.name }))}
            error={errors.programId}
          />
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t("services.name")} required value={values.name} onChange={(e) => set({ name: e.currentTarget.value })} error={errors.name} />
          <NativeSelect
            label={t("services.kind")}
            value={values.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as ServiceKind })}
            data={serviceKinds.map((k) => ({ value: k, label: t(`services.kinds.${k}`) }))}
            error={errors.kind}
          />
          <TextInput label={t("services.address")} value={values.address} onChange={(e) => set({ address: e.currentTarget.value })} error={errors.address} autoComplete="off" />
          <TextInput label={t("services.phone")} type="tel" value={values.phone} onChange={(e) => set({ phone: e.currentTarget.value })} error={errors.phone} autoComplete="off" />
          <TextInput label={t("services.email")} type="email" value={values.email} onChange={(e) => set({ email: e.currentTarget.value })} error={errors.email} autoComplete="off" />
        </SimpleGrid>
        <Textarea label={t("services.notes")} description={t("services.notesHint")} autosize minRows={2} value={values.notes} onChange={(e) => set({ notes: e.currentTarget.value })} error={errors.notes} />
        {service ? (
          <Checkbox
            label={t("services.archived")}
            description={t("services.archivedHint")}
            checked={values.archived}
            onChange={(e) => set({ archived: e.currentTarget.checked })}
          />
        ) : null}
        <Group>
          <Button type="submit" loading={mutation.isPending}>
            {service ? t("common.save") : t("services.create")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
