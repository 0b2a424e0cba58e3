/**
 * Figure-by-figure comparison of two outcomes reports (the API's and the hand-written SQL's, or the domain's computed
 * in process): counts, rates, medians and the ids behind each figure must be equal, or the timing comparison is not
 * honest. Numbers are compared to 1e-9 relative (the SQL computes in float8 what JavaScript computes in doubles).
 * The per-specialist list is compared as a set keyed by specialist (its name order is collation-dependent), then its
 * order separately.
 */

export type Difference = { figure: string; detail: string };

const close = (a: unknown, b: unknown): boolean => {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  return a === b;
};

const idsDiff = (a: readonly string[], b: readonly string[]): string => {
  const sa = new Set(a);
  const sb = new Set(b);
  const onlyA = a.filter((x) => !sb.has(x));
  const onlyB = b.filter((x) => !sa.has(x));
  if (onlyA.length === 0 && onlyB.length === 0) return a.join() === b.join() ? "" : "same ids, different order";
  return `${onlyA.length} only in the first (e.g. ${onlyA.slice(0, 3).join(", ")}), ${onlyB.length} only in the second (e.g. ${onlyB.slice(0, 3).join(", ")})`;
};

const compareValue = (path: string, a: unknown, b: unknown, out: Difference[]): void => {
  if (Array.isArray(a) && Array.isArray(b) && (a.length === 0 || typeof a[0] === "string") && (b.length === 0 || typeof b[0] === "string")) {
    const d = idsDiff(a as string[], b as string[]);
    if (d) out.push({ figure: path, detail: d });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) out.push({ figure: path, detail: `${a.length} rows against ${b.length}` });
    for (let i = 0; i < Math.min(a.length, b.length); i++) compareValue(`${path}[${i}]`, a[i], b[i], out);
    return;
  }
  if (a && b && typeof a === "object" && typeof b === "object") {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) compareValue(`${path}.${k}`, (a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], out);
    return;
  }
  if (!close(a, b)) out.push({ figure: path, detail: `${JSON.stringify(a)} against ${JSON.stringify(b)}` });
};

type Specialist = { specialistId: string; name: string; faceToFace: number; perWeek: number };

/** `first` and `second` are `{ figures, trends }`; trends are compared on their figures (quarter labels aside). */
export const compareReports = (
  first: { figures: Record<string, unknown>; trends: Record<string, unknown>[] },
  second: { figures: Record<string, unknown>; trends: Record<string, unknown>[] },
): Difference[] => {
  const out: Difference[] = [];
  for (const key of new Set([...Object.keys(first.figures), ...Object.keys(second.figures)])) {
    if (key === "employerContactsBySpecialist") continue;
    compareValue(key, first.figures[key], second.figures[key], out);
  }
  const sa = (first.figures.employerContactsBySpecialist ?? []) as Specialist[];
  const sb = (second.figures.employerContactsBySpecialist ?? []) as Specialist[];
  const byId = new Map(sb.map((s) => [s.specialistId, s]));
  if (sa.length !== sb.length) out.push({ figure: "employerContactsBySpecialist", detail: `${sa.length} rows against ${sb.length}` });
  for (const s of sa) {
    const t = byId.get(s.specialistId);
    if (!t) out.push({ figure: "employerContactsBySpecialist", detail: `${s.specialistId} missing from the second` });
    else compareValue(`employerContactsBySpecialist[${s.specialistId}]`, s, t, out);
  }
  if (out.every((d) => !d.figure.startsWith("employerContactsBySpecialist")) && sa.map((s) => s.specialistId).join() !== sb.map((s) => s.specialistId).join()) {
    out.push({ figure: "employerContactsBySpecialist (order)", detail: "same rows, different name order (collation)" });
  }
  const keys = ["activeCaseload", "competitiveEmploymentRate", "ukEmploymentRate", "supportedIntoWork", "jobStarts", "from", "to"];
  if (first.trends.length !== second.trends.length) out.push({ figure: "trends", detail: `${first.trends.length} quarters against ${second.trends.length}` });
  first.trends.forEach((t, i) => {
    for (const k of keys) compareValue(`trends[${i}].${k}`, t[k], second.trends[i]?.[k], out);
  });
  return out;
};
