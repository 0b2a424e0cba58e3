import type { Locale } from "../auth/auth.contract";
import { type BrainstormColumn, type BrainstormNote, brainstormColumns } from "./brainstorm.contract";
import { sortNotes } from "./wall-rules";

/** The manual's words for the sheets (the file is read away from the app, so its words live here). */
export const brainstormColumnLabels: Record<BrainstormColumn, Record<Locale, string>> = {
  pool: { fr: "Idées à piocher", en: "Ideas to draw" },
  dream: { fr: "Rêve", en: "Dream" },
  realistic: { fr: "Réaliste", en: "Realistic" },
  critic: { fr: "(esprit) critique", en: "Critic" },
};

const words = {
  fr: { headers: ["Colonne", "Ordre", "Idée", "Lue"], yes: "oui", no: "non", hidden: "(pas encore lue)", empty: "(aucune idée)", ended: "Séance terminée", open: "Séance en cours" },
  en: { headers: ["Column", "Order", "Idea", "Read"], yes: "yes", no: "no", hidden: "(not read yet)", empty: "(no idea)", ended: "Session ended", open: "Session open" },
} as const;

/** The spreadsheet: one row per note, column by column, in the wall's order. Never who wrote a note: no one knows. */
export const brainstormCsvRows = (notes: readonly BrainstormNote[], locale: Locale): { headers: string[]; rows: string[][] } => ({
  headers: [...words[locale].headers],
  rows: sortNotes(notes).map((n) => [brainstormColumnLabels[n.column][locale], String(n.position + 1), n.text, n.revealed ? words[locale].yes : words[locale].no]),
});

/** Markdown keeps lines: a post-it's text may not start a heading or a list by accident. */
const inline = (text: string): string => text.replace(/\s+/g, " ").replace(/([\\`*_[\]#<>|])/g, "\\$1");

/** A printable page of the wall: the topic, then the three sheets and what is left in the heap. */
export const brainstormMarkdown = (session: { topic: string; status: "open" | "ended"; date: string }, notes: readonly BrainstormNote[], locale: Locale): string => {
  const w = words[locale];
  const sorted = sortNotes(notes);
  const lines = [`# ${inline(session.topic)}`, "", `${session.date} · ${session.status === "ended" ? w.ended : w.open}`, ""];
  for (const column of [...brainstormColumns.slice(1), "pool" as const]) {
    const inColumn = sorted.filter((n) => n.column === column);
    if (column === "pool" && inColumn.length === 0) continue;
    lines.push(`## ${brainstormColumnLabels[column][locale]}`, "");
    if (inColumn.length === 0) lines.push(w.empty);
    for (const n of inColumn) lines.push(`- ${inline(n.text)}${n.revealed ? "" : ` ${w.hidden}`}`);
    lines.push("");
  }
  return lines.join("\n");
};
