/**
 * Word handling shared by the matching criteria: accent- and case-free tokens, and a tolerant token comparison
 * so "serveuse" finds "serveur" and "espaces verts" finds "Espaces naturels et espaces verts".
 */

export const normalizeWords = (text: string): string =>
  text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

export const tokensOf = (text: string): string[] => {
  const normalized = normalizeWords(text);
  return normalized === "" ? [] : normalized.split(" ");
};

/** Words that say nothing about a job: articles, prepositions, and "job", "work" themselves. */
const stopWords = new Set([
  "a", "au", "aux", "avec", "d", "dans", "de", "des", "du", "en", "et", "l", "la", "le", "les", "ou", "par", "pour", "sur", "un", "une",
  "an", "and", "as", "at", "for", "in", "of", "on", "or", "the", "to", "with",
  "emploi", "emplois", "metier", "metiers", "poste", "postes", "travail", "travailler", "job", "jobs", "work", "working",
]);

/** The tokens of a job title or job type that carry meaning. */
export const significantTokens = (text: string): string[] => tokensOf(text).filter((t) => t.length > 1 && !stopWords.has(t));

/**
 * Two words name the same thing when equal, when one extends the other by at least 5 letters in common
 * ("agent"/"agents"), or when they share their first 6 letters ("serveur"/"serveuse", "jardinier"/"jardinage").
 */
export const sameWord = (a: string, b: string): boolean => {
  if (a === b) return true;
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  if (shorter.length >= 5 && longer.startsWith(shorter)) return true;
  if (shorter.length < 6) return false;
  for (let i = 0; i < 6; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
};
