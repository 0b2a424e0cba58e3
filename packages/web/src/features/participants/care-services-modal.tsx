import { Button, Checkbox, Group, Modal, NativeSelect, Stack, Text } from "@mantine/core";
import { type CareServices, MAX_REFERENTS_PER_PARTICIPANT, type Participant } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { LoadingState } from "../../shared/components/loading-state";
import { apiFieldErrors } from "../../shared/forms/field-errors";
import { useServices, useSetCareServices } from "../services/services-api";

type CareServicesModalProps = { opened: boolean; participant: Participant; care: CareServices; onClose: () => void; onSaved: () => void };

export const CareServicesModal = ({ opened, participant, care, onClose, onSaved }: CareServicesModalProps) => {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t("careServices.editTitle")} size="lg" closeButtonProps={{ "aria-label": t("common.close") }}>
      {opened ? <CareServicesForm participant={participant} care={care} onSaved={onSaved} onCancel={onClose} /> : null}
    </Modal>
  );
};

type Option = { id: string; name: string; referents: { id: string; name: string; profession: string }[] };

/**
 * The choices: the program's active services and referents, plus what the person already has (an archived service
 * or referent stays on the record until someone removes it).
 */
const optionsFrom = (services: { id: string; name: string; referents: { id: string; name: string; profession: string }[] }[], care: CareServices): Option[] => {
  const options: Option[] = services.map((s) => ({ id: s.id, name: s.name, referents: [...s.referents] }));
  const byId = new Map(options.map((o) => [o.id, o]));
  if (care.referringService && !byId.has(care.referringService.id)) {
    const kept = { ...care.referringService, referents: [] };
    options.push(kept);
    byId.set(kept.id, kept);
  }
  for (const r of care.referents) {
    let service = byId.get(r.serviceId);
    if (!service) {
      service = { id: r.serviceId, name: r.serviceName, referents: [] };
      options.push(service);
      byId.set(service.id, service);
    }
    if (!service.referents.some((x) => x.id === r.id)) service.referents.push({ id: r.id, name: r.name, profession: r.profession });
  }
  return options;
};

const CareServicesForm = ({ participant, care, onSaved, onCancel }: { participant: Participant; care: CareServices; onSaved: () => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const services = useServices({ programId: participant.programId });
  const save = useSetCareServices(participant.id);
  const [version, setVersion] = useState(care.version);
  const [referringServiceId, setReferringServiceId] = useState(care.referringService?.id ?? "");
  const [referentIds, setReferentIds] = useState<string[]>(care.referents.map((r) => r.id));
  const errors = apiFieldErrors(save.error);

  if (services.isPending) return <LoadingState />;
  const options = optionsFrom(services.data ?? [], care);
  const full = referentIds.length >= MAX_REFERENTS_PER_PARTICIPANT;
  const referentError = Object.entries(errors).find(([path]) => path.startsWith("referentIds"))?.[1];

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      { version, referringServiceId: referringServiceId || null, referentIds },
      {
        onSuccess: onSaved,
        onError: (error) => {
          // A colleague changed the record in between: start again from what is saved now.
          if (isApiError(error) && error.code === "stale_version" && error.current) {
            const current = error.current as CareServices;
            setVersion(current.version);
            setReferringServiceId(current.referringService?.id ?? "");
            setReferentIds(current.referents.map((r) => r.id));
          }
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <FormErrorAlert error={save.error} />
        <Text size="sm" c="dimmed">
          {t("careServices.accessHint")}
        </Text>
        <NativeSelect
          label={t("careServices.referringService")}
          value={referringServiceId}
          onChange={(e) => setReferringServiceId(e.currentTarget.value)}
          data={[{ value: "", label: t("careServices.noService") }, ...options.map((o) => ({ value: o.id, label: o.name }))]}
          error={errors.referringServiceId}
        />
        <Stack component="fieldset" gap="sm" m={0} p={0} style={{ border: 0 }}>
          <Text component="legend" fw={600} size="sm" mb="xs">
            {t("careServices.referentsLegend", { max: MAX_REFERENTS_PER_PARTICIPANT })}
          </Text>
          {options.every((o) => o.referents.length === 0) ? (
            <Text size="sm" c="dimmed">
              {t("careServices.noReferentsInRegister")}
            </Text>
          ) : null}
          {options
            .filter((o) => o.referents.length > 0)
            .map((o) => (
              <Stack key={o.id} gap={6} role="group" aria-label={o.name}>
                <Text size="sm" fw={600} aria-hidden="true">
                  {o.name}
                </Text>
                {o.referents.map((r) => {
                  const checked = referentIds.includes(r.id);
                  return (
                    <Checkbox
                      key={r.id}
                      label={r.profession ? `${r.name} · ${r.profession}` : r.name}
                      checked={checked}
                      disabled={!checked && full}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setReferentIds((ids) => (on ? [...ids, r.id] : ids.filter((x) => x !== r.id)));
                      }}
                    />
                  );
                })}
              </Stack>
            ))}
          {referentError ? (
            <Text size="sm" c="red.9" role="alert">
              {referentError}
            </Text>
          ) : null}
        </Stack>
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("common.save")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
