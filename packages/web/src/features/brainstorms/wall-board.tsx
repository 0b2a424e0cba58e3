import { Badge, Group, Stack, Text, Title } from "@mantine/core";
import { type BrainstormColumn, type BrainstormNote, brainstormColumns } from "@passerelle/domain";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import "./brainstorms.css";

type BoardProps = {
  notes: readonly BrainstormNote[];
  /** Hidden post-its a phone knows only by number (the leader's board has them as notes). */
  hiddenCount?: number;
  /** The leader's buttons under a revealed note, or a hidden one's "Retourner". */
  renderNoteActions?: (note: BrainstormNote, index: number, column: readonly BrainstormNote[]) => ReactNode;
  /** Hidden notes are drawn face down: their text is never put on the page (the shared screen is seen by all). */
  headingLevel?: 2 | 3;
  /** How many face-down post-its to draw before summing up the rest. */
  maxFaceDown?: number;
};

/** The heap and the three sheets: Rêve, Réaliste, (esprit) critique. */
export const WallBoard = ({ notes, hiddenCount = 0, renderNoteActions, headingLevel = 2, maxFaceDown = 40 }: BoardProps) => {
  const { t } = useTranslation();
  const inColumn = (column: BrainstormColumn) => notes.filter((n) => n.column === column);
  return (
    <div className="bs-board">
      {brainstormColumns.map((column) => {
        const columnNotes = inColumn(column);
        const hidden = column === "pool" ? hiddenCount + columnNotes.filter((n) => !n.revealed).length : 0;
        const shown = columnNotes.filter((n) => n.revealed);
        const faceDown = columnNotes.filter((n) => !n.revealed);
        const headingId = `bs-column-${column}`;
        return (
          <section key={column} className="bs-column" data-column={column} aria-labelledby={headingId}>
            <Group justify="space-between" align="baseline" gap="xs" mb={4}>
              <Title order={headingLevel} size="h3" id={headingId}>
                {t(`brainstorm.columns.${column}`)}
              </Title>
              <Badge variant="light" color="gray" radius="sm" tt="none" aria-hidden="true">
                {column === "pool" ? columnNotes.length + hiddenCount : columnNotes.length}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed" mb="sm">
              {t(`brainstorm.columnHints.${column}`)}
            </Text>
            {column === "pool" && hidden > 0 ? (
              <Text fw={600} mb="xs">
                {t("brainstorm.wall.hidden", { count: hidden })}
              </Text>
            ) : null}
            {shown.length === 0 && hidden === 0 ? (
              <Text size="sm" c="dimmed">
                {t("brainstorm.wall.empty")}
              </Text>
            ) : null}
            <Stack gap="xs" component="ul" style={{ listStyle: "none", padding: 0, margin: 0 }}>
              {shown.map((note) => (
                <li key={note.id} className="bs-note" data-note-id={note.id}>
                  <Text className="bs-note-text">{note.text}</Text>
                  {renderNoteActions?.(note, columnNotes.indexOf(note), columnNotes)}
                </li>
              ))}
              {faceDown.slice(0, maxFaceDown).map((note, i) => (
                <li key={note.id} className="bs-note" data-hidden="true" data-note-id={note.id}>
                  <Text size="sm" fw={600}>
                    {t("brainstorm.wall.faceDown", { number: i + 1 })}
                  </Text>
                  {renderNoteActions?.(note, columnNotes.indexOf(note), columnNotes)}
                </li>
              ))}
            </Stack>
          </section>
        );
      })}
    </div>
  );
};
