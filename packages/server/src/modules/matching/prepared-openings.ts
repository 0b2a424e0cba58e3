import { type Opening, type PreparedOpening, prepareOpeningsForMatching } from "@passerelle/domain";
import { etalabGeoLookup } from "../../platform/geo";

type Prepared = PreparedOpening & { opening: Opening };

/**
 * Openings prepared for matching (title tokens, resolved place), kept between requests by id and version:
 * openings change far less often than they are matched. A changed opening has a new version and is prepared
 * again; the cache forgets everything past its size, which bounds its memory.
 */
const MAX_ENTRIES = 50_000;
const cache = new Map<string, { version: number; prepared: Prepared }>();

export const preparedOpenings = (openings: readonly Opening[]): Prepared[] => {
  const missing: Opening[] = [];
  for (const o of openings) if (cache.get(o.id)?.version !== o.version) missing.push(o);
  if (missing.length > 0) {
    if (cache.size + missing.length > MAX_ENTRIES) cache.clear();
    for (const prepared of prepareOpeningsForMatching(missing, etalabGeoLookup)) cache.set(prepared.opening.id, { version: prepared.opening.version, prepared });
  }
  // The fresh row is returned (the employer's name may have changed); only the matching side is reused.
  return openings.map((o) => {
    const hit = cache.get(o.id);
    return hit ? { ...hit.prepared, opening: o } : { ...prepareOpeningsForMatching([o], etalabGeoLookup)[0], opening: o };
  });
};
