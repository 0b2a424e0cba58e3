import { NativeSelect, TextInput } from "@mantine/core";
import { referralSources } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import type { FieldErrors } from "../../shared/forms/field-errors";

export type ReferralSource = (typeof referralSources)[number];

export type IdentityValues = {
  firstName: string;
  lastName: string;
  referralDate: string;
  referralSource: ReferralSource | "";
  referringService: string;
  referentName: string;
};

type IdentityFieldsProps = {
  values: IdentityValues;
  onChange: (patch: Partial<IdentityValues>) => void;
  errors: FieldErrors;
  readOnly?: boolean;
};

/** Name and referral: the only things a referral needs. Shared by "new referral" and the summary tab. */
export const IdentityFields = ({ values, onChange, errors, readOnly = false }: IdentityFieldsProps) => {
  const { t } = useTranslation();
  return (
    <>
      <TextInput
        label={t("participant.firstName")}
        required
        autoComplete="off"
        value={values.firstName}
        onChange={(e) => onChange({ firstName: e.currentTarget.value })}
        error={errors.firstName}
        readOnly={readOnly}
      />
      <TextInput
        label={t("participant.lastName")}
        required
        autoComplete="off"
        value={values.lastName}
        onChange={(e) => onChange({ lastName: e.currentTarget.value })}
        error={errors.lastName}
        readOnly={readOnly}
      />
      <TextInput
        label={t("participant.referralDate")}
        type="date"
        required
        value={values.referralDate}
        onChange={(e) => onChange({ referralDate: e.currentTarget.value })}
        error={errors.referralDate}
        readOnly={readOnly}
      />
      <NativeSelect
        label={t("participant.referralSource")}
        value={values.referralSource}
        onChange={(e) => onChange({ referralSource: e.currentTarget.value as ReferralSource | "" })}
        data={[
          { value: "", label: t("participant.referralSourceNone") },
          ...referralSources.map((s) => ({ value: s, label: t(`referralSource.${s}`) })),
        ]}
        error={errors.referralSource}
        disabled={readOnly}
      />
      <TextInput
        label={t("participant.referringService")}
        description={t("participant.referringServiceHint")}
        value={values.referringService}
        onChange={(e) => onChange({ referringService: e.currentTarget.value })}
        error={errors.referringService}
        readOnly={readOnly}
      />
      <TextInput
        label={t("participant.referentName")}
        value={values.referentName}
        onChange={(e) => onChange({ referentName: e.currentTarget.value })}
        error={errors.referentName}
        readOnly={readOnly}
      />
    </>
  );
};

/** Empty optional texts are sent as null (the server stores "not given", not an empty string). */
export const identityPayload = (values: IdentityValues) => ({
  firstName: values.firstName.trim(),
  lastName: values.lastName.trim(),
  referralDate: values.referralDate,
  referralSource: values.referralSource || null,
  referringService: values.referringService.trim() || null,
  referentName: values.referentName.trim() || null,
});
