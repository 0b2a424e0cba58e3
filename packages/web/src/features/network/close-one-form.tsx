import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from "@mantine/core";
import {
  type CloseOne,
  type CloseOneRelation,
  type SharingTopic,
  closeOneRelations,
  createCloseOneInput,
  isConsentActive,
  sharingTopics,
  updateCloseOneInput,
} from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { formatDate } from "../../shared/format/dates";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { useConsents } from "../consents/consents-api";
import { useAddCloseOne, useUpdateCloseOne } from "./network-api";

type Values = { name: string; relation: CloseOneRelation; phone: string; email: string; consentId: string; mayShare: SharingTopic[]; notes: string };

const valuesOf = (c: CloseOne | null): Values =>
  c
    ? { name: c.name, relation: c.relation, phone: c.phone, email: c.email, consentId: c.consentId ?? "", mayShare: c.mayShare, notes: c.notes }
    : { name: "", relation: "parent", phone: "", email: "", consentId: "", mayShare: [], notes: "" };

const isRelation = (value: string): value is CloseOneRelation => (closeOneRelations as readonly string[]).includes(value);

type Props = { participantId: string; closeOne: CloseOne | null; onDone: () => void; onCancel: () => void };

/**
 * Adds or edits a close one. What may be shared is chosen only once a family consent of the person is linked: the
 * consent list offers the person's active family consents (and the linked one, even withdrawn, so it stays visible).
 */
export const CloseOneForm = ({ participantId, closeOne, onDone, onCancel }: Props) => {
  const { t, i18n } = useTranslation();
  const [values, setValues] = useState<Values>(() => valuesOf(closeOne));
  const [version, setVersion] = useState(closeOne?.version ?? 0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const consents = useConsents(participantId);
  const add = useAddCloseOne(participantId);
  const update = useUpdateCloseOne(participantId, closeOne?.id ?? "");
  const mutation = closeOne ? update : add;
  const update_ = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));

  const familyConsents = (consents.data?.items ?? []).filter((c) => c.scope === "family" && (isConsentActive(c) || c.id === closeOne?.consentId));
  const consentOptions = [
    { value: "", label: t("network.form.noConsent") },
    ...familyConsents.map((c) => ({
      value: c.id,
      label: t(isConsentActive(c) ? "network.form.consentOption" : "network.form.consentWithdrawnOption", {
        date: formatDate(c.givenOn, i18n.language),
        details: c.details || t("network.form.consentNoDetails"),
      }),
    })),
  ];
  const linkedActive = familyConsents.some((c) => c.id === values.consentId && isConsentActive(c));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const fields = { ...values, consentId: values.consentId || null };
    const onError = (error: unknown) => {
      setErrors(apiFieldErrors(error));
      if (isApiError(error) && error.code === "stale_version" && error.current) {
        const current = error.current as CloseOne;
        setValues(valuesOf(current));
        setVersion(current.version);
      }
    };
    if (closeOne) {
      const parsed = updateCloseOneInput.safeParse({ ...fields, version });
      if (!parsed.success) {
        setErrors(zodFieldErrors(parsed.error, t));
        focusFirstInvalid(event.currentTarget as HTMLFormElement);
        return;
      }
      setErrors({});
      update.mutate(parsed.data, { onSuccess: onDone, onError });
      return;
    }
    const parsed = createCloseOneInput.safeParse(fields);
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    add.mutate(parsed.data, { onSuccess: onDone, onError });
  };

  return (
    <form onSubmit={submit} noValidate aria-label={closeOne ? t("network.form.editTitle", { name: closeOne.name }) : t("network.form.addTitle")}>
      <Stack gap="md">
        <FormErrorAlert error={mutation.error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t("network.form.name")} required value={values.name} onChange={(e) => update_({ name: e.currentTarget.value })} error={errors.name} />
          <NativeSelect
            label={t("network.form.relation")}
            value={values.relation}
            onChange={(e) => {
              const value = e.currentTarget.value;
              if (isRelation(value)) update_({ relation: value });
            }}
            data={closeOneRelations.map((r) => ({ value: r, label: t(`network.relations.${r}`) }))}
            error={errors.relation}
          />
          <TextInput label={t("network.form.phone")} type="tel" autoComplete="off" value={values.phone} onChange={(e) => update_({ phone: e.currentTarget.value })} error={errors.phone} />
          <TextInput label={t("network.form.email")} type="email" autoComplete="off" value={values.email} onChange={(e) => update_({ email: e.currentTarget.value })} error={errors.email} />
        </SimpleGrid>
        <NativeSelect
          label={t("network.form.consent")}
          description={t("network.form.consentHint")}
          value={values.consentId}
          onChange={(e) => {
            const consentId = e.currentTarget.value;
            update_(consentId ? { consentId } : { consentId, mayShare: [] });
          }}
          data={consentOptions}
          error={errors.consentId}
        />
        <Checkbox.Group
          label={t("network.form.mayShare")}
          description={linkedActive ? t("network.form.mayShareHint") : t("network.form.mayShareNeedsConsent")}
          value={values.mayShare}
          onChange={(value) => update_({ mayShare: sharingTopics.filter((topic) => value.includes(topic)) })}
          error={errors.mayShare}
        >
          <Stack gap={6} mt={6}>
            {sharingTopics.map((topic) => (
              <Checkbox key={topic} value={topic} label={t(`network.topics.${topic}`)} disabled={!linkedActive} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea label={t("network.form.notes")} value={values.notes} onChange={(e) => update_({ notes: e.currentTarget.value })} autosize minRows={2} error={errors.notes} />
        <Group gap="sm">
          <Button type="submit" loading={mutation.isPending}>
            {closeOne ? t("network.form.save") : t("network.form.add")}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t("common.cancel")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
