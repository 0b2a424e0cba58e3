import { ActionIcon, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from "@mantine/core";
import {
  type SupportPlan,
  type SupportPlanData,
  saveSupportPlanInput,
  supportFrequencies,
  supportPlanSchema,
  supportKinds,
  supportProviders,
} from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { formatDateTime } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { jobFieldErrors } from "../jobs/job-form";
import { useSaveSupportPlan } from "./follow-along-api";
import { newSupportId } from "./support-id";

type Support = SupportPlanData["supports"][number];

const blankSupport = (): Support => ({ id: newSupportId(), kind: "on_site_coaching", description: "", provider: "specialist", providerName: "", frequency: "weekly", startDate: null, endDate: null });

/**
 * The supports chosen with the person for this job: what, who provides it, how often. Every save is a new version;
 * a colleague's save in between is reported (409) and the form shows their plan.
 */
export const SupportPlanEditor = ({ participantId, jobId, plan }: { participantId: string; jobId: string; plan: SupportPlan }) => {
  const { t, i18n } = useTranslation();
  const [data, setData] = useState<SupportPlanData>(plan.data);
  const [version, setVersion] = useState(plan.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const save = useSaveSupportPlan(participantId, jobId);
  const setSupport = (i: number, patch: Partial<Support>) => setData((d) => ({ ...d, supports: d.supports.map((s, j) => (j === i ? { ...s, ...patch } : s)) }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setSaved(false);
    const parsed = saveSupportPlanInput.safeParse({ version, data });
    if (!parsed.success) {
      setErrors(jobFieldErrors(parsed.error, t));
      focusFirstInvalid(form);
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (p) => {
        setVersion(p.version);
        setData(p.data);
        setSaved(true);
      },
      onError: (error) => {
        setErrors(apiFieldErrors(error));
        const current = isApiError(error) ? supportPlanSchema.safeParse(error.current) : null;
        if (current?.success) {
          setVersion(current.data.version);
          setData(current.data.data);
        }
      },
    });
  };

  const e = (path: string) => errors[`data.${path}`];
  return (
    <form onSubmit={submit} noValidate aria-labelledby={`plan-title-${jobId}`}>
      <Stack gap="md">
        <div>
          <Title order={4} size="h5" id={`plan-title-${jobId}`}>
            {t("followAlong.plan.title")}
          </Title>
          <Text size="xs" c="dimmed">
            {plan.savedAt
              ? t("followAlong.plan.savedBy", { version, name: plan.savedBy ?? t("common.unknownPerson"), at: formatDateTime(plan.savedAt, i18n.language) })
              : t("followAlong.plan.none")}
          </Text>
        </div>
        <FormErrorAlert error={save.error} />
        {data.supports.map((s, i) => (
          <Card key={s.id} withBorder padding="sm" role="group" aria-label={t("followAlong.plan.supportN", { n: i + 1, kind: t(`followAlong.kinds.${s.kind}`) })}>
            <Stack gap="xs">
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <NativeSelect
                  label={t("followAlong.plan.kind")}
                  value={s.kind}
                  onChange={(ev) => setSupport(i, { kind: ev.currentTarget.value as Support["kind"] })}
                  data={supportKinds.map((k) => ({ value: k, label: t(`followAlong.kinds.${k}`) }))}
                />
                <NativeSelect
                  label={t("followAlong.plan.provider")}
                  value={s.provider}
                  onChange={(ev) => setSupport(i, { provider: ev.currentTarget.value as Support["provider"] })}
                  data={supportProviders.map((k) => ({ value: k, label: t(`followAlong.providers.${k}`) }))}
                />
                <NativeSelect
                  label={t("followAlong.plan.frequency")}
                  value={s.frequency}
                  onChange={(ev) => setSupport(i, { frequency: ev.currentTarget.value as Support["frequency"] })}
                  data={supportFrequencies.map((k) => ({ value: k, label: t(`followAlong.frequencies.${k}`) }))}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput label={t("followAlong.plan.description")} value={s.description} onChange={(ev) => setSupport(i, { description: ev.currentTarget.value })} error={e(`supports.${i}.description`)} />
                <TextInput
                  label={t("followAlong.plan.providerName")}
                  description={t("followAlong.plan.providerNameHint")}
                  value={s.providerName}
                  onChange={(ev) => setSupport(i, { providerName: ev.currentTarget.value })}
                  error={e(`supports.${i}.providerName`)}
                />
                <TextInput label={t("followAlong.plan.startDate")} type="date" value={s.startDate ?? ""} onChange={(ev) => setSupport(i, { startDate: ev.currentTarget.value || null })} />
                <TextInput
                  label={t("followAlong.plan.endDate")}
                  type="date"
                  value={s.endDate ?? ""}
                  onChange={(ev) => setSupport(i, { endDate: ev.currentTarget.value || null })}
                  error={e(`supports.${i}.endDate`)}
                />
              </SimpleGrid>
              <Group justify="flex-end">
                <ActionIcon
                  variant="default"
                  size="lg"
                  aria-label={t("followAlong.plan.remove", { kind: t(`followAlong.kinds.${s.kind}`) })}
                  onClick={() => setData((d) => ({ ...d, supports: d.supports.filter((_, j) => j !== i) }))}
                >
                  ×
                </ActionIcon>
              </Group>
            </Stack>
          </Card>
        ))}
        <Group>
          <Button variant="default" size="sm" onClick={() => setData((d) => ({ ...d, supports: [...d.supports, blankSupport()] }))}>
            {t("followAlong.plan.add")}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput
            label={t("followAlong.plan.chosenWithPersonOn")}
            type="date"
            value={data.chosenWithPersonOn ?? ""}
            onChange={(ev) => {
              const value = ev.currentTarget.value;
              setData((d) => ({ ...d, chosenWithPersonOn: value || null }));
            }}
          />
          <TextInput
            label={t("followAlong.plan.nextReviewDate")}
            type="date"
            value={data.nextReviewDate ?? ""}
            onChange={(ev) => {
              const value = ev.currentTarget.value;
              setData((d) => ({ ...d, nextReviewDate: value || null }));
            }}
          />
        </SimpleGrid>
        <Textarea
          label={t("followAlong.plan.notes")}
          autosize
          minRows={2}
          value={data.notes}
          onChange={(ev) => {
            const value = ev.currentTarget.value;
            setData((d) => ({ ...d, notes: value }));
          }}
          error={e("notes")}
        />
        <SuccessAlert message={saved ? t("followAlong.plan.saved") : null} />
        <Group>
          <Button type="submit" loading={save.isPending}>
            {t("followAlong.plan.submit")}
          </Button>
        </Group>
      </Stack>
    </form>
  );
};
