import { criterionCode, criterionKeysOf, type PreparedOpening } from "./explain-match";
import { matchCriteria } from "./match.contract";

/**
 * Prepared openings with, per criterion, which of them read the same thing (`criterionKeysOf`): a program's
 * openings share titles, towns, hours, schedules and environments, so a person's verdicts are reached once per
 * distinct key and then read for each opening from an array, instead of being judged 2,000 times per request.
 * Built once per set of openings (a server keeps it with the openings it keeps); never changed afterwards.
 */
export type OpeningSet<T extends PreparedOpening = PreparedOpening> = {
  openings: readonly T[];
  /** Per criterion (`matchCriteria`'s order): each opening's key, numbered from 0 in the order first met. */
  keyOf: Int32Array[];
  /** Per criterion: for each key, the index of the first opening that has it (the one judged for all). */
  firstWith: Int32Array[];
};

export const openingSetOf = <T extends PreparedOpening>(openings: readonly T[]): OpeningSet<T> => {
  const numbers = matchCriteria.map(() => new Map<string, number>());
  const firsts: number[][] = matchCriteria.map(() => []);
  const keyOf = matchCriteria.map(() => new Int32Array(openings.length));
  openings.forEach((o, index) => {
    criterionKeysOf(o).forEach((key, criterion) => {
      let n = numbers[criterion].get(key);
      if (n === undefined) {
        n = firsts[criterion].length;
        numbers[criterion].set(key, n);
        firsts[criterion].push(index);
      }
      keyOf[criterion][index] = n;
    });
  });
  return { openings, keyOf, firstWith: firsts.map((f) => Int32Array.from(f)) };
};

/**
 * A person's verdicts on a set's distinct keys, per criterion (`criterionCode`s): `codes[c][set.keyOf[c][i]]` is
 * the verdict of criterion `c` on opening `i`.
 */
export const verdictCodesFor = (p: Parameters<typeof criterionCode>[1], set: OpeningSet): Float64Array[] =>
  set.firstWith.map((firsts, criterion) => {
    // A plain loop: `Float64Array.from(firsts, fn)` goes through the iterator protocol, slow for a thousand keys.
    const codes = new Float64Array(firsts.length);
    for (let k = 0; k < firsts.length; k++) codes[k] = criterionCode(criterion, p, set.openings[firsts[k]]);
    return codes;
  });
