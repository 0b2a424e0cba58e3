import { describe, expect, it } from "vitest";
import { benefitsFieldMessages, benefitsMessageCatalog, benefitsMessageCodes, renderBenefitsMessage } from "./messages";

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const spaces = (text: string) => text.replace(/\s/g, " ");

describe("benefits message catalog", () => {
  it.each(benefitsMessageCodes)("%s has French and English with the same declared parameters", (code) => {
    const entry = benefitsMessageCatalog[code];
    const declared = Object.keys(entry.params).sort();
    expect([...new Set(placeholders(entry.fr))]).toEqual(declared);
    expect([...new Set(placeholders(entry.en))]).toEqual(declared);
  });

  it("formats amounts, months and percentages for each language", () => {
    const params = { threshold: 348.58, factor: 29, gain: 1234.5, months: ["2026-01", "2026-02", "2026-03", "2026-06"] };
    const fr = spaces(renderBenefitsMessage("ppa_aah_cliff_below", params, "fr"));
    expect(fr).toContain("348,58 €");
    expect(fr).toContain("1 234,50 €");
    expect(fr).toContain("janvier 2026 – mars 2026, juin 2026");
    const en = renderBenefitsMessage("ppa_aah_cliff_below", params, "en");
    expect(en).toContain("€348.58");
    expect(en).toContain("January 2026 – March 2026, June 2026");
    expect(spaces(renderBenefitsMessage("aah_hospitalisation", { share: 0.3 }))).toContain("30 %");
  });

  it("answers in French by default and leaves an unknown parameter visible rather than guessing", () => {
    expect(renderBenefitsMessage("calendar_job_start", { month: "2026-09" })).toMatch(/^septembre 2026 : /);
    expect(renderBenefitsMessage("calendar_job_start", {})).toContain("{month}");
  });

  it("translates the contract's field messages", () => {
    for (const [key, text] of Object.entries(benefitsFieldMessages)) {
      expect(text.fr.length, key).toBeGreaterThan(5);
      expect(text.en.length, key).toBeGreaterThan(5);
    }
  });
});
