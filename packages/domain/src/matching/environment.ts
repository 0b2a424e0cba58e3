import { z } from "zod";
import { tokensOf } from "./text";

/**
 * The work environment criterion. Openings are described with a few tags; the career profile holds the person's
 * own words (free text: "calme, pas de contact avec le public"), so the tags the person wants or wants to avoid
 * are read from that text with a small French/English word list and a negation window. Deliberately simple and
 * visible: the match shows which tags were read, and the specialist can always overrule it.
 */
export const workEnvironmentTags = ["quiet", "busy", "outdoors", "indoors", "team", "alone", "public_facing", "physical", "desk"] as const;
export const workEnvironmentTagSchema = z.enum(workEnvironmentTags);
export type WorkEnvironmentTag = z.infer<typeof workEnvironmentTagSchema>;

/** Tags that exclude each other: wanting a quiet place is not wanting a busy one. */
export const oppositeTag: Partial<Record<WorkEnvironmentTag, WorkEnvironmentTag>> = {
  quiet: "busy",
  busy: "quiet",
  outdoors: "indoors",
  indoors: "outdoors",
  team: "alone",
  alone: "team",
  physical: "desk",
  desk: "physical",
};

/** Normalized words (accent-free, lower case; several words for a phrase) that point to each tag. */
export const environmentKeywords: Record<WorkEnvironmentTag, readonly string[]> = {
  quiet: ["calme", "tranquille", "au calme", "silencieux", "serein", "quiet", "calm", "peaceful"],
  busy: ["bruit", "bruyant", "anime", "agitation", "rythme soutenu", "rush", "busy", "noisy", "noise", "fast paced", "hectic"],
  outdoors: ["dehors", "exterieur", "plein air", "nature", "jardin", "outdoor", "outdoors", "outside", "open air"],
  indoors: ["interieur", "a l abri", "indoor", "indoors", "inside"],
  team: ["equipe", "collegue", "collectif", "team", "colleague", "coworker"],
  alone: ["seul", "autonome", "solitaire", "alone", "on my own", "by myself", "independently"],
  public_facing: ["public", "client", "clientele", "accueil", "contact humain", "customer", "serving people"],
  physical: ["physique", "manuel", "debout", "bouger", "physical", "manual", "on my feet", "standing", "active"],
  desk: ["bureau", "assis", "ordinateur", "informatique", "desk", "office", "computer", "seated", "sitting"],
};

/** Words that turn the following ones into something to avoid ("pas de bruit", "no customers", "peu de public"). */
const negations = new Set(["pas", "sans", "eviter", "evite", "aucun", "aucune", "jamais", "ni", "non", "peu", "no", "not", "without", "avoid", "never", "don", "doesn", "hate", "deteste"]);
/** A negation reaches this many words ahead: "pas de contact avec le public" (4 words in between). */
const NEGATION_REACH = 5;
/** A clause ends at punctuation or at "but"/"mais": "pas de bruit mais une équipe" wants the team. */
const clauseBreaks = /[.,;:!?\n()]|\bmais\b|\bbut\b|\bpar contre\b/;

/** Plural and feminine forms count: "calmes", "clients", "seule", "seuls". */
const sameForm = (token: string, keyword: string): boolean =>
  token === keyword || token === `${keyword}s` || token === `${keyword}e` || token === `${keyword}es` || token === `${keyword}x`;

const keywordTokens = workEnvironmentTags.flatMap((tag) => environmentKeywords[tag].map((k) => ({ tag, words: tokensOf(k) })));

export type EnvironmentPreference = { preferred: WorkEnvironmentTag[]; avoided: WorkEnvironmentTag[] };

/** The tags a person's own description asks for and asks to avoid. A tag both wanted and avoided counts as avoided. */
export const environmentFromText = (text: string): EnvironmentPreference => {
  const preferred = new Set<WorkEnvironmentTag>();
  const avoided = new Set<WorkEnvironmentTag>();
  const lowered = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  for (const clause of lowered.split(clauseBreaks)) {
    const tokens = tokensOf(clause);
    for (let i = 0; i < tokens.length; i++) {
      for (const { tag, words } of keywordTokens) {
        if (i + words.length > tokens.length) continue;
        let hit = true;
        for (let w = 0; w < words.length && hit; w++) {
          hit = w === words.length - 1 ? sameForm(tokens[i + w], words[w]) : tokens[i + w] === words[w];
        }
        if (!hit) continue;
        let negated = false;
        for (let back = Math.max(0, i - NEGATION_REACH); back < i && !negated; back++) negated = negations.has(tokens[back]);
        (negated ? avoided : preferred).add(tag);
      }
    }
  }
  for (const tag of avoided) preferred.delete(tag);
  return { preferred: [...preferred], avoided: [...avoided] };
};
