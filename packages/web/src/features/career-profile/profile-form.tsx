import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { type CareerProfile, saveCareerProfileInput } from "@passerelle/domain";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError } from "../../api/api-error";
import { FormErrorAlert, SuccessAlert } from "../../shared/components/form-alert";
import { focusFirstInvalid } from "../../shared/forms/focus-first-invalid";
import { apiFieldErrors, type FieldErrors, zodFieldErrors } from "../../shared/forms/field-errors";
import { useVersionedForm } from "../../shared/forms/use-versioned-form";
import { normalizeProfileData, useSaveProfile } from "./profile-api";
import { ProfileSections } from "./profile-sections";

type ProfileFormProps = { participantId: string; profile: CareerProfile; canWrite: boolean };

export const ProfileForm = ({ participantId, profile, canWrite }: ProfileFormProps) => {
  const { t } = useTranslation();
  const form = useVersionedForm(profile.data, profile.version);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [saved, setSaved] = useState(false);
  const [resetKey, setResetKey] = useState(0);
  const save = useSaveProfile(participantId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = saveCareerProfileInput.safeParse({ version: form.baseVersion, data: form.values });
    if (!parsed.success) {
      const fieldErrors = zodFieldErrors(parsed.error, t);
      setErrors(Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k.replace(/^data\./, ""), v])));
      focusFirstInvalid(event.currentTarget as HTMLFormElement);
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        form.reset(normalizeProfileData(saved.data), saved.version);
        setResetKey((k) => k + 1);
        setSaved(true);
      },
      onError: (error) => {
        setErrors(apiFieldErrors(error, ["data."]));
        if (isApiError(error) && error.code === "stale_version" && error.current) {
          const current = error.current as CareerProfile;
          form.reset(normalizeProfileData(current.data), current.version);
          setResetKey((k) => k + 1);
        }
      },
    });
  };

  const hasErrors = Object.keys(errors).length > 0 && !save.error;

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ProfileSections
          value={form.values}
          onChange={(patch) => {
            setSaved(false);
            form.update(patch);
          }}
          errors={errors}
          readOnly={!canWrite}
          resetKey={resetKey}
        />
        {canWrite ? (
          <Paper
            withBorder
            shadow="sm"
            p="sm"
            style={{ position: "sticky", bottom: 0, zIndex: 5 }}
          >
            <Stack gap="xs">
              <FormErrorAlert error={save.error} />
              {hasErrors ? (
                <Text c="red.9" size="sm" role="alert">
                  {t("validation.summary")}
                </Text>
              ) : null}
              <SuccessAlert message={saved ? t("profile.saved") : null} />
              <Group>
                <Button type="submit" loading={save.isPending} disabled={!form.dirty}>
                  {t("profile.save")}
                </Button>
                {form.dirty ? (
                  <Button
                    variant="default"
                    onClick={() => {
                      form.reset();
                      setErrors({});
                      setResetKey((k) => k + 1);
                    }}
                  >
                    {t("common.cancel")}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </Paper>
        ) : null}
      </Stack>
    </form>
  );
};
