import { Button, Group, List, NativeSelect, Stack, Text, TextInput } from "@mantine/core";
import { type Referral, logOutreachInput, MIN_OUTREACH_ATTEMPTS, outreachModes } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { PastDateInput } from "../../shared/components/past-date-input";
import { formatDate, todayIso } from "../../shared/format/dates";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { useLogOutreach } from "./referrals-api";

/**
 * The outreach log of a referral: every attempt to reach a person not yet met. Outreach is part of zero
 * exclusion: "unreachable" may only close a referral after the attempts the rule asks for.
 */
export const ReferralOutreach = ({ referral, canLog }: { referral: Referral; canLog: boolean }) => {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState(todayIso);
  const [mode, setMode] = useState<string>("phone");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const log = useLogOutreach(referral.id);
  const pending = referral.status === "pending";

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = logOutreachInput.safeParse({ date, mode, note });
    if (!parsed.success) {
      setErrors(zodFieldErrors(parsed.error, t));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    log.mutate(parsed.data, {
      onSuccess: () => {
        setNote("");
        setSaved(true);
      },
      onError: (error) => setErrors(apiFieldErrors(error)),
    });
  };

  return (
    <Stack gap="sm">
      <Text size="sm">{t("referrals.outreach.rule", { count: MIN_OUTREACH_ATTEMPTS })}</Text>
      {referral.outreach.length === 0 ? (
        <Text c="dimmed">{t("referrals.outreach.none")}</Text>
      ) : (
        <List aria-label={t("referrals.outreach.listLabel")} spacing={4}>
          {referral.outreach.map((a, i) => (
            <List.Item key={`${a.date}-${i}`}>
              {t("referrals.outreach.item", { date: formatDate(a.date, i18n.language), mode: t(`referrals.outreach.modes.${a.mode}`) })}
              {a.byName ? ` (${t("common.by", { name: a.byName })})` : ""}
              {a.note ? ` : ${a.note}` : ""}
            </List.Item>
          ))}
        </List>
      )}
      {canLog && pending ? (
        <form onSubmit={submit} noValidate aria-label={t("referrals.outreach.formTitle")}>
          <Stack gap="sm">
            <FormErrorAlert error={log.error} />
            <Group align="flex-start" gap="md" grow preventGrowOverflow={false}>
              <PastDateInput label={t("referrals.outreach.date")} value={date} onChange={setDate} error={errors.date} />
              <NativeSelect
                label={t("referrals.outreach.mode")}
                value={mode}
                onChange={(e) => setMode(e.currentTarget.value)}
                data={outreachModes.map((m) => ({ value: m, label: t(`referrals.outreach.modes.${m}`) }))}
                error={errors.mode}
              />
            </Group>
            <TextInput label={t("referrals.outreach.note")} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
            <SuccessAlert message={saved ? t("referrals.outreach.saved") : null} />
            <Group>
              <Button type="submit" variant="default" loading={log.isPending}>
                {t("referrals.outreach.add")}
              </Button>
            </Group>
          </Stack>
        </form>
      ) : null}
    </Stack>
  );
};
