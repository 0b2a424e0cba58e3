import { Button, Group, List, NativeSelect, Stack, Text, Textarea, Title } from "@mantine/core";
import { type SstAdjustmentVariable, type SstPlanDetail, type SstReadiness, sortedAdjustments, sstAdjustmentVariables } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { PastDateInput } from "../../shared/components/past-date-input";
import { formatDate, todayIso } from "../../shared/format/dates";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { useSstSave } from "./sst-api";

const isVariable = (value: string): value is SstAdjustmentVariable => (sstAdjustmentVariables as readonly string[]).includes(value);

type SectionProps = { participantId: string; detail: SstPlanDetail };

/** Starting the intervention (steps 4-5): the date, with the baseline's readiness said just before. */
const StartIntervention = ({ participantId, detail }: SectionProps) => {
  const { t } = useTranslation();
  const { save, pending, error } = useSstSave(participantId, detail);
  const [on, setOn] = useState(todayIso);
  const [errors, setErrors] = useState<FieldErrors>({});
  const baseline = detail.readiness.find((r: SstReadiness) => r.check === "baseline_occasions");
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await save({ status: "intervention", content: { ...detail.plan.content, interventionStartedOn: on } });
    } catch (failure) {
      setErrors(apiFieldErrors(failure, ["content."]));
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("sst.progress.startTitle")}>
      <Stack gap="xs">
        {baseline && !baseline.met ? (
          <Text size="sm" c="orange.9" fw={600}>
            {t("sst.readiness.baseline_occasions.unmet", { count: baseline.value, required: baseline.required })}
          </Text>
        ) : null}
        <Group align="flex-end">
          <PastDateInput label={t("sst.progress.startDate")} value={on} onChange={setOn} error={errors.interventionStartedOn ?? errors.status} w={220} />
          <Button type="submit" loading={pending}>
            {t("sst.progress.start")}
          </Button>
        </Group>
        {errors.techniques ? (
          <Text size="sm" c="red.8">
            {errors.techniques}
          </Text>
        ) : null}
        <FormErrorAlert error={error} />
      </Stack>
    </form>
  );
};

/** Step 6: one variable changed at a time, each dated; the measures from that day form a new phase. */
const AddAdjustment = ({ participantId, detail }: SectionProps) => {
  const { t } = useTranslation();
  const { save, pending, error } = useSstSave(participantId, detail);
  const [on, setOn] = useState(todayIso);
  const [variable, setVariable] = useState<SstAdjustmentVariable>("frequency");
  const [change, setChange] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const index = detail.plan.content.adjustments.length;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!change.trim()) {
      setErrors({ change: t("validation.required") });
      return;
    }
    const adjustment = { id: crypto.randomUUID(), on, variable, change };
    try {
      // Sent last, so a refusal names this adjustment's index (the server stores them by date).
      await save({ content: { ...detail.plan.content, adjustments: [...detail.plan.content.adjustments, adjustment] } });
      setChange("");
      setErrors({});
    } catch (failure) {
      const found = apiFieldErrors(failure, ["content."]);
      setErrors({ on: found[`adjustments.${index}.on`], change: found[`adjustments.${index}.change`] });
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("sst.progress.adjustTitle")}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t("sst.progress.adjustHelp")}
        </Text>
        <Group align="flex-start">
          <PastDateInput label={t("sst.progress.adjustDate")} value={on} onChange={setOn} error={errors.on} w={200} />
          <NativeSelect
            label={t("sst.progress.variable")}
            value={variable}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (isVariable(v)) setVariable(v);
            }}
            data={sstAdjustmentVariables.map((v) => ({ value: v, label: t(`sst.variables.${v}`) }))}
            w={240}
          />
        </Group>
        <Textarea label={t("sst.progress.change")} required value={change} onChange={(e) => setChange(e.currentTarget.value)} error={errors.change} autosize minRows={1} maxLength={1000} />
        <Group>
          <Button type="submit" variant="light" loading={pending}>
            {t("sst.progress.addAdjustment")}
          </Button>
        </Group>
        <FormErrorAlert error={error} />
      </Stack>
    </form>
  );
};

/** Steps 4 to 7 on the plan: the intervention's start, the dated adjustments, then generalisation and completion. */
export const SstProgressSection = ({ participantId, detail, canWrite }: SectionProps & { canWrite: boolean }) => {
  const { t, i18n } = useTranslation();
  const { save, pending, error } = useSstSave(participantId, detail);
  const { content, status } = detail.plan;
  const adjustments = sortedAdjustments(content.adjustments);
  return (
    <section aria-labelledby="sst-progress-title">
      <Title order={3} size="h4" id="sst-progress-title" mb="xs">
        {t("sst.progress.title")}
      </Title>
      <Stack gap="md">
        {content.interventionStartedOn ? (
          <Text>{t("sst.progress.startedOn", { date: formatDate(content.interventionStartedOn, i18n.language) })}</Text>
        ) : canWrite ? (
          <StartIntervention participantId={participantId} detail={detail} />
        ) : (
          <Text c="dimmed">{t("sst.progress.notStarted")}</Text>
        )}
        {adjustments.length > 0 ? (
          <List spacing={4} aria-label={t("sst.progress.adjustmentsList")}>
            {adjustments.map((a, i) => (
              <List.Item key={a.id}>
                <strong>{t("sst.phases.adjustment", { number: i + 1 })}</strong> · {formatDate(a.on, i18n.language)} · {t(`sst.variables.${a.variable}`)} : {a.change}
              </List.Item>
            ))}
          </List>
        ) : null}
        {canWrite && content.interventionStartedOn && status !== "completed" ? <AddAdjustment participantId={participantId} detail={detail} /> : null}
        {canWrite && status === "intervention" ? (
          <Group>
            <Button variant="default" loading={pending} onClick={() => void save({ status: "generalisation" }).catch(() => undefined)}>
              {t("sst.progress.toGeneralisation")}
            </Button>
          </Group>
        ) : null}
        {canWrite && status === "generalisation" ? (
          <Group>
            <Button variant="default" loading={pending} onClick={() => void save({ status: "completed" }).catch(() => undefined)}>
              {t("sst.progress.complete")}
            </Button>
          </Group>
        ) : null}
        {status === "intervention" || status === "generalisation" ? <FormErrorAlert error={error} /> : null}
      </Stack>
    </section>
  );
};
