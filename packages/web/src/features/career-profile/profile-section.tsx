import { Card, Stack, Title } from "@mantine/core";
import type { CareerProfileData } from "@passerelle/domain";
import { type ReactNode, useId } from "react";
import type { FieldErrors } from "../../shared/forms/field-errors";

/** What every profile section receives: the whole profile, a way to change part of it, errors by path. */
export type ProfileSectionProps = {
  value: CareerProfileData;
  onChange: (patch: Partial<CareerProfileData>) => void;
  errors: FieldErrors;
  readOnly: boolean;
};

export const ProfileSection = ({ title, children }: { title: string; children: ReactNode }) => {
  const id = useId();
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={3} size="h4" id={id} mb="md">
        {title}
      </Title>
      <Stack gap="md">{children}</Stack>
    </Card>
  );
};

/** Number inputs give "" when emptied: the profile stores null. */
export const toNullableInt = (value: number | string): number | null => {
  if (typeof value === "number") return Number.isFinite(value) ? Math.trunc(value) : null;
  const parsed = Number.parseInt(value, 10);
  return Number.isNaN(parsed) ? null : parsed;
};
