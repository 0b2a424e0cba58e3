import { Button, Checkbox, Group, NumberInput, SimpleGrid, TagsInput, Text, Textarea, TextInput } from "@mantine/core";
import { type CareerProfileData, scheduleOptions } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { RepeatableEntry, removeAt, replaceAt } from "./repeatable-entry";
import { ProfileSection, type ProfileSectionProps, toNullableInt } from "./profile-section";

type Preferences = CareerProfileData["preferences"];
type Place = Preferences["places"][number];
type Schedule = (typeof scheduleOptions)[number];

export const ProfilePreferencesSection = ({ value, onChange, errors, readOnly }: ProfileSectionProps) => {
  const { t } = useTranslation();
  const prefs = value.preferences;
  const set = (patch: Partial<Preferences>) => onChange({ preferences: { ...prefs, ...patch } });
  const places = prefs.places;
  const e = (field: string) => errors[`preferences.${field}`];

  return (
    <ProfileSection title={t("profile.preferences")}>
      <TagsInput
        label={t("profile.jobTypes")}
        description={readOnly ? undefined : t("profile.jobTypesHint")}
        value={prefs.jobTypes}
        onChange={(jobTypes) => set({ jobTypes })}
        error={e("jobTypes")}
        readOnly={readOnly}
        acceptValueOnBlur
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label={t("profile.hoursMin")}
          min={0}
          max={60}
          allowDecimal={false}
          value={prefs.hoursPerWeekMin ?? ""}
          onChange={(v) => set({ hoursPerWeekMin: toNullableInt(v) })}
          error={e("hoursPerWeekMin")}
          readOnly={readOnly}
        />
        <NumberInput
          label={t("profile.hoursMax")}
          min={0}
          max={60}
          allowDecimal={false}
          value={prefs.hoursPerWeekMax ?? ""}
          onChange={(v) => set({ hoursPerWeekMax: toNullableInt(v) })}
          error={e("hoursPerWeekMax")}
          readOnly={readOnly}
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t("profile.schedule")}
        value={prefs.schedule}
        onChange={(schedule) => set({ schedule: schedule as Schedule[] })}
        error={e("schedule")}
        readOnly={readOnly}
      >
        <Group gap="md" mt="xs">
          {scheduleOptions.map((option) => (
            <Checkbox key={option} value={option} label={t(`schedule.${option}`)} disabled={readOnly} />
          ))}
        </Group>
      </Checkbox.Group>
      <Text fw={600} size="sm">
        {t("profile.places")}
      </Text>
      {places.length === 0 ? <Text c="dimmed" size="sm">{t("profile.noEntries")}</Text> : null}
      {places.map((place, index) => {
        const n = index + 1;
        const update = (patch: Partial<Place>) => set({ places: replaceAt(places, index, patch) });
        return (
          <RepeatableEntry
            key={index}
            legend={t("profile.placeEntry", { index: n })}
            removeLabel={t("profile.removePlace", { index: n })}
            onRemove={() => set({ places: removeAt(places, index) })}
            readOnly={readOnly}
          >
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t("profile.placeName")}
                required
                value={place.name}
                onChange={(ev) => update({ name: ev.currentTarget.value })}
                error={e(`places.${index}.name`)}
                readOnly={readOnly}
              />
              <TextInput
                label={t("profile.postalCode")}
                inputMode="numeric"
                value={place.postalCode ?? ""}
                onChange={(ev) => update({ postalCode: ev.currentTarget.value || null })}
                error={e(`places.${index}.postalCode`)}
                readOnly={readOnly}
              />
              <TextInput
                label={t("profile.inseeCode")}
                value={place.inseeCode ?? ""}
                onChange={(ev) => update({ inseeCode: ev.currentTarget.value.toUpperCase() || null })}
                error={e(`places.${index}.inseeCode`)}
                readOnly={readOnly}
              />
            </SimpleGrid>
          </RepeatableEntry>
        );
      })}
      {readOnly ? null : (
        <Button
          variant="light"
          w="fit-content"
          onClick={() => set({ places: [...places, { name: "", inseeCode: null, postalCode: null }] })}
        >
          {t("profile.addPlace")}
        </Button>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label={t("profile.maxTravelMinutes")}
          min={0}
          max={300}
          allowDecimal={false}
          value={prefs.maxTravelMinutes ?? ""}
          onChange={(v) => set({ maxTravelMinutes: toNullableInt(v) })}
          error={e("maxTravelMinutes")}
          readOnly={readOnly}
        />
        <NumberInput
          label={t("profile.maxTravelKm")}
          min={0}
          max={500}
          allowDecimal={false}
          value={prefs.maxTravelKm ?? ""}
          onChange={(v) => set({ maxTravelKm: toNullableInt(v) })}
          error={e("maxTravelKm")}
          readOnly={readOnly}
        />
      </SimpleGrid>
      <Textarea
        label={t("profile.environment")}
        description={readOnly ? undefined : t("profile.environmentHint")}
        value={prefs.environment}
        onChange={(ev) => set({ environment: ev.currentTarget.value })}
        error={e("environment")}
        readOnly={readOnly}
        autosize
        minRows={2}
      />
    </ProfileSection>
  );
};
