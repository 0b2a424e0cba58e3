import "./questionnaires.css";
import { Group, Radio, SimpleGrid, Text } from "@mantine/core";
import type { QuestionnaireKind } from "@passerelle/domain";
import { useTranslation } from "react-i18next";
import { answerText, answerValues } from "./questionnaire-items";

type AnswerChoicesProps = {
  kind: QuestionnaireKind;
  label: string;
  value: number | null;
  onChange: (value: number) => void;
  /** Person mode: large type and large buttons, for a person holding the screen. */
  large?: boolean;
  error?: string;
  name: string;
};

/** One question's answers as big radio cards (the whole card is the target, with its indicator). */
export const AnswerChoices = ({ kind, label, value, onChange, large = false, error, name }: AnswerChoicesProps) => {
  const { t } = useTranslation();
  return (
    <Radio.Group
      name={name}
      label={label}
      value={value === null ? null : String(value)}
      onChange={(v) => onChange(Number(v))}
      error={error}
      size={large ? "lg" : "md"}
      styles={large ? { label: { fontSize: "var(--mantine-font-size-xl)", fontWeight: 700, marginBottom: "var(--mantine-spacing-md)", lineHeight: 1.35 } } : { label: { fontWeight: 600, marginBottom: 6 } }}
    >
      {/* One big answer per line for the person; a compact grid when the specialist types the answers in. */}
      <SimpleGrid cols={large ? 1 : { base: 1, xs: 2, md: kind === "who5" ? 3 : 5 }} spacing={large ? "sm" : 6}>
        {answerValues(kind).map((v) => (
          <Radio.Card key={v} value={String(v)} radius="md" p={large ? "md" : "xs"} withBorder className="questionnaire-answer">
            <Group wrap="nowrap" gap={large ? "md" : "xs"}>
              <Radio.Indicator size={large ? "lg" : "sm"} />
              <Text fz={large ? "xl" : "sm"}>{answerText(kind, v, t)}</Text>
            </Group>
          </Radio.Card>
        ))}
      </SimpleGrid>
    </Radio.Group>
  );
};
