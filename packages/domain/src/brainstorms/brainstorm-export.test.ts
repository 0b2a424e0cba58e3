import { describe, expect, it } from "vitest";
import type { BrainstormNote } from "./brainstorm.contract";
import { brainstormCsvRows, brainstormMarkdown } from "./brainstorm-export";

const notes: BrainstormNote[] = [
  { id: "c", text: "Open space bruyant", column: "critic", position: 0, revealed: true },
  { id: "h", text: "Pas encore lue", column: "pool", position: 5, revealed: false },
  { id: "a", text: "Un atelier", column: "dream", position: 1, revealed: true },
  { id: "b", text: "# pas un titre\n- ni une liste", column: "dream", position: 0, revealed: true },
];

describe("the wall's export", () => {
  it("has one row per note, column by column in the wall's order, with the manual's words", () => {
    const { headers, rows } = brainstormCsvRows(notes, "fr");
    expect(headers).toEqual(["Colonne", "Ordre", "Idée", "Lue"]);
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ["Idées à piocher", "6", "non"],
      ["Rêve", "1", "oui"],
      ["Rêve", "2", "oui"],
      ["(esprit) critique", "1", "oui"],
    ]);
    expect(brainstormCsvRows(notes, "en").rows[3]?.[0]).toBe("Critic");
  });

  it("prints the sheets then the heap, a post-it's text never becoming markup", () => {
    const md = brainstormMarkdown({ topic: "Mon lieu de travail idéal", status: "ended", date: "2026-11-09" }, notes, "fr");
    expect(md.split("\n").slice(0, 3)).toEqual(["# Mon lieu de travail idéal", "", "2026-11-09 · Séance terminée"]);
    expect(md).toContain("## Rêve\n\n- \\# pas un titre - ni une liste\n- Un atelier\n");
    expect(md).toContain("## Réaliste\n\n(aucune idée)\n");
    expect(md.indexOf("## Idées à piocher")).toBeGreaterThan(md.indexOf("## (esprit) critique"));
    expect(md).toContain("- Pas encore lue (pas encore lue)");
  });
});
