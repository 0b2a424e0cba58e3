import { Checkbox, Group, Radio, SimpleGrid, Stack, Textarea, TextInput, NativeSelect } from "@mantine/core";
import { benefitKinds, type CareerProfileData, disclosurePreferences, rqthStatuses } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { ProfileSection, type ProfileSectionProps } from "./profile-section";

type Disclosure = CareerProfileData["disclosure"]["preference"];
type Benefit = CareerProfileData["benefits"]["current"][number];
type Rqth = CareerProfileData["rqth"]["status"];

/** Disclosure, benefits and RQTH: what the person chooses to share, and the rights that shape the job search. */
export const ProfileDisclosureSection = ({ value, onChange, errors, readOnly }: ProfileSectionProps) => {
  const { t } = useTranslation();
  const { disclosure, benefits, rqth } = value;
  return (
    <>
      <ProfileSection title={t("profile.disclosure")}>
        <Radio.Group
          label={t("profile.disclosurePreference")}
          value={disclosure.preference}
          onChange={(preference) => onChange({ disclosure: { ...disclosure, preference: preference as Disclosure } })}
          readOnly={readOnly}
        >
          <Stack gap="xs" mt="xs">
            {disclosurePreferences.map((p) => (
              <Radio key={p} value={p} label={t(`disclosure.${p}`)} disabled={readOnly} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t("profile.disclosureNotes")}
          value={disclosure.notes}
          onChange={(e) => onChange({ disclosure: { ...disclosure, notes: e.currentTarget.value } })}
          error={errors["disclosure.notes"]}
          readOnly={readOnly}
          autosize
          minRows={2}
        />
      </ProfileSection>
      <ProfileSection title={t("profile.benefits")}>
        <Checkbox.Group
          label={t("profile.benefitsCurrent")}
          value={benefits.current}
          onChange={(current) => onChange({ benefits: { ...benefits, current: current as Benefit[] } })}
          readOnly={readOnly}
        >
          <Group gap="md" mt="xs">
            {benefitKinds.map((kind) => (
              <Checkbox key={kind} value={kind} label={t(`benefitKinds.${kind}`)} disabled={readOnly} />
            ))}
          </Group>
        </Checkbox.Group>
        <Textarea
          label={t("profile.benefitsNotes")}
          value={benefits.notes}
          onChange={(e) => onChange({ benefits: { ...benefits, notes: e.currentTarget.value } })}
          error={errors["benefits.notes"]}
          readOnly={readOnly}
          autosize
          minRows={2}
        />
      </ProfileSection>
      <ProfileSection title={t("profile.rqth")}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t("profile.rqthStatus")}
            value={rqth.status}
            onChange={(e) => onChange({ rqth: { ...rqth, status: e.currentTarget.value as Rqth } })}
            data={rqthStatuses.map((s) => ({ value: s, label: t(`rqth.${s}`) }))}
            disabled={readOnly}
          />
          {rqth.status === "granted" || rqth.status === "expired" || rqth.expiresOn ? (
            <TextInput
              label={t("profile.rqthExpiresOn")}
              type="date"
              value={rqth.expiresOn ?? ""}
              onChange={(e) => onChange({ rqth: { ...rqth, expiresOn: e.currentTarget.value || null } })}
              error={errors["rqth.expiresOn"]}
              readOnly={readOnly}
            />
          ) : null}
        </SimpleGrid>
      </ProfileSection>
    </>
  );
};
