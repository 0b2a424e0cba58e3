import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { type CommuneGeo, type CommuneSummary, type GeoLookup, normalizePlaceName } from "@passerelle/domain";

/**
 * French geography from `@etalab/decoupage-administratif` (INSEE's official geographic code, pinned): communes,
 * their intercommunality (EPCI) and department. The package has no coordinates (no commune centres), so
 * `lat`/`lon` stay null and matching uses commune, EPCI and department only (no travel distance in France).
 *
 * Loaded once, ahead of its first use by `prepareGeography` (shortly after start-up) or at once by the first use if
 * that comes before (about 12 MB of JSON), and indexed in memory: matching 2,000 openings then costs no I/O at all.
 */

type RawCommune = {
  code: string;
  nom: string;
  type: "commune-actuelle" | "commune-deleguee" | "commune-associee" | "arrondissement-municipal";
  departement?: string;
  codesPostaux?: string[];
  population?: number;
  anciensCodes?: string[];
  chefLieu?: string;
  commune?: string;
};
type RawEpci = { code: string; nom: string; membres: { code: string }[] };
type RawDepartment = { code: string; nom: string };

type Entry = CommuneSummary & { key: string; population: number };
type Index = {
  byCode: Map<string, Entry>;
  /** Codes that are not actual communes, to the commune they belong to: municipal arrondissements (Paris, Lyon, Marseille), communes déléguées and associées. */
  aliases: Map<string, string>;
  /** Former codes of merged communes (old records); not searched, since some read like today's postal codes (75011). */
  formerCodes: Map<string, string>;
  /** Actual communes, largest first: a search lists Saint-Étienne before Saint-Étienne-de-Baïgorry. */
  byPopulation: Entry[];
};

const require = createRequire(import.meta.url);
const FILES = ["departements.json", "epci.json", "communes.json"] as const;
type Texts = Record<(typeof FILES)[number], string>;
const pathOf = (file: string): string => require.resolve(`@etalab/decoupage-administratif/data/${file}`);

/** Communes indexed between two turns given to the event loop (a few ms each). */
const STEP = 2_000;

/**
 * The index built from the package's files, a step at a time: whoever drives it may give the event loop a turn
 * between two steps (`prepareGeography`), or run them all at once (`data`). The largest step is parsing the 12 MB of
 * communes.
 */
function* building(texts: Texts): Generator<void, Index> {
  const departments = new Map((JSON.parse(texts["departements.json"]) as RawDepartment[]).map((d) => [d.code, d.nom]));
  const epciOf = new Map<string, { code: string; name: string }>();
  for (const epci of JSON.parse(texts["epci.json"]) as RawEpci[]) for (const m of epci.membres) epciOf.set(m.code, { code: epci.code, name: epci.nom });
  yield;
  const raw = JSON.parse(texts["communes.json"]) as RawCommune[];
  yield;
  const byCode = new Map<string, Entry>();
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (i % STEP === STEP - 1) yield;
    if (c.type !== "commune-actuelle") continue;
    const department = c.departement ?? "";
    byCode.set(c.code, {
      inseeCode: c.code,
      name: c.nom,
      key: normalizePlaceName(c.nom),
      postalCodes: c.codesPostaux ?? [],
      department: { code: department, name: departments.get(department) ?? department },
      epci: epciOf.get(c.code) ?? null,
      population: c.population ?? 0,
    });
  }
  const aliases = new Map<string, string>();
  const formerCodes = new Map<string, string>();
  for (const c of raw) {
    // A commune déléguée often keeps the code of the commune nouvelle it joined: the actual commune wins.
    if (byCode.has(c.code) && c.type !== "commune-actuelle") continue;
    const parent = c.type === "arrondissement-municipal" ? c.commune : c.type === "commune-actuelle" ? undefined : c.chefLieu;
    if (parent && byCode.has(parent)) aliases.set(c.code, parent);
    if (c.type === "commune-actuelle") for (const old of c.anciensCodes ?? []) if (!byCode.has(old)) formerCodes.set(old, c.code);
  }
  yield;
  const byName = new Intl.Collator();
  const byPopulation = [...byCode.values()].sort((a, b) => b.population - a.population || byName.compare(a.key, b.key));
  return { byCode, aliases, formerCodes, byPopulation };
}

let index: Index | null = null;
/** The index, built at once if nobody prepared it yet (a request that needs it before `prepareGeography` is done). */
const data = (): Index => {
  if (!index) {
    const steps = building(Object.fromEntries(FILES.map((file) => [file, readFileSync(pathOf(file), "utf8")])) as Texts);
    let step = steps.next();
    while (!step.done) step = steps.next();
    index = step.value;
  }
  return index;
};

/**
 * Builds the index ahead of its first use without holding the event loop: the files read asynchronously, then a step
 * at a time with a turn for other work between steps (it held the loop ~0.5 s at once, 2 s after every start).
 */
export const prepareGeography = async (): Promise<void> => {
  if (index) return;
  const texts = Object.fromEntries(await Promise.all(FILES.map(async (file) => [file, await readFile(pathOf(file), "utf8")] as const))) as Texts;
  const steps = building(texts);
  while (!index) {
    const step = steps.next();
    if (step.done) {
      index = step.value;
      return;
    }
    await new Promise((resolve) => setImmediate(resolve));
  }
};

const entryOf = (code: string, withFormerCodes = true): Entry | null => {
  const { byCode, aliases, formerCodes } = data();
  const direct = byCode.get(code);
  if (direct) return direct;
  const parent = aliases.get(code) ?? (withFormerCodes ? formerCodes.get(code) : undefined);
  return parent ? (byCode.get(parent) ?? null) : null;
};

const summaryOf = (e: Entry): CommuneSummary => ({ inseeCode: e.inseeCode, name: e.name, postalCodes: e.postalCodes, department: e.department, epci: e.epci });

/**
 * The matching geography. An arrondissement (69381, Lyon 1er) or a commune déléguée answers as the commune it
 * belongs to, so a preference for "Lyon 3e" and an opening in "Lyon" are the same commune.
 */
export const etalabGeoLookup: GeoLookup = {
  communeOf(inseeCode: string): CommuneGeo | null {
    const e = entryOf(inseeCode);
    return e ? { inseeCode: e.inseeCode, epci: e.epci?.code ?? null, department: e.department.code, lat: null, lon: null } : null;
  },
};

/** The actual commune a code designates (itself, or the commune an arrondissement or commune déléguée belongs to). */
export const findCommune = (inseeCode: string): CommuneSummary | null => {
  const e = entryOf(inseeCode);
  return e ? summaryOf(e) : null;
};

const INSEE_CODE = /^[0-9][0-9AB][0-9]{3}$/i;
const POSTAL_PREFIX = /^[0-9]{2,5}$/;

/**
 * The commune picker's search: an INSEE code, a postal code (or its first digits), or the beginning of a name
 * (accents, case, hyphens and apostrophes ignored). Exact names first, then the largest communes.
 */
export const searchCommunes = (query: string, limit = 20): CommuneSummary[] => {
  const q = query.trim();
  if (q === "") return [];
  const { byPopulation } = data();
  const found: Entry[] = [];
  const seen = new Set<string>();
  const add = (e: Entry | null | undefined) => {
    if (e && !seen.has(e.inseeCode) && found.length < limit) {
      seen.add(e.inseeCode);
      found.push(e);
    }
  };
  if (INSEE_CODE.test(q)) add(entryOf(q.toUpperCase(), false));
  if (POSTAL_PREFIX.test(q)) {
    for (const e of byPopulation) if (e.postalCodes.some((p) => p.startsWith(q))) add(e);
    return found.map(summaryOf);
  }
  const key = normalizePlaceName(q);
  if (key === "") return found.map(summaryOf);
  for (const e of byPopulation) if (e.key === key) add(e);
  for (const e of byPopulation) if (e.key.startsWith(key)) add(e);
  return found.map(summaryOf);
};
