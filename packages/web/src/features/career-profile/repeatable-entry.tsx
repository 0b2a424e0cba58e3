import { Button, Fieldset, Group, Stack } from "@mantine/core";
import type { ReactNode } from "react";

type RepeatableEntryProps = {
  legend: string;
  removeLabel: string;
  onRemove: () => void;
  readOnly: boolean;
  children: ReactNode;
};

/** One entry of a list (a job, a training, a place): a fieldset named by its position, removable. */
export const RepeatableEntry = ({ legend, removeLabel, onRemove, readOnly, children }: RepeatableEntryProps) => (
  <Fieldset legend={legend} variant="filled">
    <Stack gap="sm">
      {children}
      {readOnly ? null : (
        <Group justify="flex-end">
          <Button variant="subtle" color="red" size="xs" onClick={onRemove}>
            {removeLabel}
          </Button>
        </Group>
      )}
    </Stack>
  </Fieldset>
);

export const replaceAt = <T,>(items: T[], index: number, patch: Partial<T>): T[] =>
  items.map((item, i) => (i === index ? { ...item, ...patch } : item));

export const removeAt = <T,>(items: T[], index: number): T[] => items.filter((_, i) => i !== index);
