import { Button, Fieldset, Group, Stack, Text, Textarea } from "@mantine/core";
import { type SstPlanDetail, type SstWorksheet, sstWorksheetQuestions } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { useSstSave } from "./sst-api";

/**
 * The manual's problem-solving sequence ("Un outil"), five questions in order: the difficulty and the goal, several
 * solutions, their consequences, the choice, the action plan. Each answer in the person's words; the manual's
 * questions to ask are shown under each.
 */
export const SstWorksheetForm = ({ participantId, detail, canWrite }: { participantId: string; detail: SstPlanDetail; canWrite: boolean }) => {
  const { t } = useTranslation();
  const { save, pending, error } = useSstSave(participantId, detail);
  const [values, setValues] = useState<SstWorksheet>(detail.plan.content.worksheet);
  const [saved, setSaved] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    try {
      await save({ content: { ...detail.plan.content, worksheet: values } });
      setSaved(t("sst.worksheet.saved"));
    } catch {
      // The error is shown by the alert below.
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label={t("sst.worksheet.title")}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t("sst.worksheet.intro")}
        </Text>
        {sstWorksheetQuestions.map((q, i) => (
          <Fieldset key={q} legend={`${i + 1}. ${t(`sst.worksheet.questions.${q}.title`)}`}>
            <Textarea
              label={t(`sst.worksheet.questions.${q}.label`)}
              description={t(`sst.worksheet.questions.${q}.prompts`)}
              value={values[q]}
              onChange={(e) => {
                const text = e.currentTarget.value;
                setValues((v) => ({ ...v, [q]: text }));
              }}
              readOnly={!canWrite}
              autosize
              minRows={2}
              maxLength={4000}
            />
          </Fieldset>
        ))}
        {canWrite ? (
          <Group>
            <Button type="submit" loading={pending}>
              {t("sst.worksheet.submit")}
            </Button>
          </Group>
        ) : null}
        <FormErrorAlert error={error} />
        <SuccessAlert message={saved} />
      </Stack>
    </form>
  );
};
