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

/**
 * `sameWord` against a whole list of words at once: matching compares a person's few job-type words with the words
 * of 2,000 openings at every request, and the pairwise loop was a third of the ranking's time. Each word stands for
 * a few keys, and two words are the same when they share one, read per length of the word looked for (words are
 * accent-free ASCII, see `normalizeWords`):
 * - under 5 letters, only the same word matches: key "=word";
 * - 5 letters, the same word or a longer one starting with it: a word of the list whose first 5 letters are it,
 *   key "5" + its first 5;
 * - 6 letters or more, a word of the list of 6 letters or more sharing its first 6 (equal, extending, or the
 *   6-letter rule), key "6" + the first 6, or a 5-letter word it starts with, key "=" + its first 5.
 * Keys are numbered once per process (`keyId`), so that a look-up compares small integers: `wordKeys` numbers a
 * list's keys (an opening's, kept with the prepared opening), `wordProbes` a word's (the person's side, prepared
 * once per request); `matchesAnyWord(wordKeys(list), wordProbes(word))` = `list.some((o) => sameWord(word, o))`.
 * The numbering only grows, with the words of titles and job types met (a language's vocabulary, at most a few MB),
 * and a number never changes meaning, so prepared openings kept between requests stay valid.
 */
const keyIds = new Map<string, number>();
const keyId = (key: string): number => {
  let id = keyIds.get(key);
  if (id === undefined) {
    id = keyIds.size;
    keyIds.set(key, id);
  }
  return id;
};

export const wordKeys = (words: readonly string[]): Int32Array => {
  const ids: number[] = [];
  for (const w of words) {
    ids.push(keyId(`=${w}`));
    if (w.length >= 5) ids.push(keyId(`5${w.slice(0, 5)}`));
    if (w.length >= 6) ids.push(keyId(`6${w.slice(0, 6)}`));
  }
  return Int32Array.from(ids);
};

export const wordProbes = (word: string): Int32Array =>
  Int32Array.from(word.length < 5 ? [keyId(`=${word}`)] : word.length === 5 ? [keyId(`5${word}`)] : [keyId(`6${word.slice(0, 6)}`), keyId(`=${word.slice(0, 5)}`)]);

export const matchesAnyWord = (keys: Int32Array, probes: Int32Array): boolean => {
  for (let p = 0; p < probes.length; p++) {
    const probe = probes[p];
    for (let k = 0; k < keys.length; k++) if (keys[k] === probe) return true;
  }
  return false;
};
