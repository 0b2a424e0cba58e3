import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea, Title } from "@mantine/core";
import { type Referral, MIN_OUTREACH_ATTEMPTS, referralDeclineReasons } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert } from "../../shared/components/form-alert";
import { PastDateInput } from "../../shared/components/past-date-input";
import { todayIso } from "../../shared/format/dates";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors } from "../../shared/forms/field-errors";
import { CASELOAD_ROLES } from "../programs/programs-queries";
import { MemberSelect } from "../participants/member-select";
import { useDecideReferral } from "./referrals-api";

/**
 * The team lead's decision. Accepting assigns a specialist and creates the person's record; declining is possible
 * for only two reasons, each dated (zero exclusion: anything else means accepting).
 */
export const ReferralDecisionForm = ({ referral }: { referral: Referral }) => {
  const { t } = useTranslation();
  const [specialistId, setSpecialistId] = useState("");
  const [reason, setReason] = useState("");
  const [date, setDate] = useState(todayIso);
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const decide = useDecideReferral(referral.id);
  const attempts = referral.outreach.length;

  const acceptSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!specialistId) {
      setErrors({ specialistId: t("referrals.accept.specialistRequired") });
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    decide.mutate({ action: "accept", version: referral.version, specialistId }, { onError: (error) => setErrors(apiFieldErrors(error)) });
  };

  const declineSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason) {
      setErrors({ reason: t("referrals.decline.reasonRequired") });
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    decide.mutate({ action: "decline", version: referral.version, reason, date, note }, { onError: (error) => setErrors(apiFieldErrors(error)) });
  };

  return (
    <Stack gap="md">
      <FormErrorAlert error={decide.error} />
      {errors.action ? (
        <Alert color="red" variant="light">
          {errors.action}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper component="section" aria-labelledby="referral-accept" withBorder p="md" radius="md">
          <form onSubmit={acceptSubmit} noValidate>
            <Stack gap="sm">
              <Title order={3} size="h4" id="referral-accept">
                {t("referrals.accept.title")}
              </Title>
              <Text size="sm">{t("referrals.accept.intro")}</Text>
              <MemberSelect
                programId={referral.programId}
                roles={CASELOAD_ROLES}
                label={t("referrals.accept.specialist")}
                emptyLabel={t("common.choose")}
                value={specialistId}
                onChange={setSpecialistId}
                error={errors.specialistId}
              />
              <Group>
                <Button type="submit" loading={decide.isPending && decide.variables?.action === "accept"}>
                  {t("referrals.accept.submit")}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
        <Paper component="section" aria-labelledby="referral-decline" withBorder p="md" radius="md">
          <form onSubmit={declineSubmit} noValidate>
            <Stack gap="sm">
              <Title order={3} size="h4" id="referral-decline">
                {t("referrals.decline.title")}
              </Title>
              <Text size="sm">{t("referrals.decline.intro")}</Text>
              <Radio.Group label={t("referrals.decline.reason")} value={reason} onChange={setReason} error={errors.reason} required>
                <Stack gap="xs" mt="xs">
                  {referralDeclineReasons.map((r) => (
                    <Radio
                      key={r}
                      value={r}
                      label={t(`referrals.reasons.${r}`)}
                      description={
                        r === "unreachable_after_outreach" ? t("referrals.decline.unreachableHint", { count: MIN_OUTREACH_ATTEMPTS, logged: attempts }) : undefined
                      }
                    />
                  ))}
                </Stack>
              </Radio.Group>
              <PastDateInput label={t("referrals.decline.date")} value={date} onChange={setDate} error={errors.date} maw={240} />
              <Textarea label={t("referrals.decline.note")} autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
              <Group>
                <Button type="submit" variant="default" loading={decide.isPending && decide.variables?.action === "decline"}>
                  {t("referrals.decline.submit")}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
};
