import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";

// The files read at once (a promise already settled): every turn the event loop gets while the index is prepared is
// then one the preparation gave between two of its steps, not one of the reading's.
vi.mock("node:fs/promises", () => ({ readFile: async (path: string) => readFileSync(path, "utf8") }));

type Geo = typeof import("../src/platform/geo");
/** A fresh copy of the module: its commune index not built yet. */
const freshGeo = async (): Promise<Geo> => {
  vi.resetModules();
  return import("../src/platform/geo");
};

/** What the index answers, through every way it is read. */
const answers = (geo: Geo) => ({
  byName: geo.searchCommunes("saint", 40),
  exact: geo.searchCommunes("Lyon"),
  postal: geo.searchCommunes("130", 30),
  arrondissement: geo.findCommune("69381"),
  paris: geo.etalabGeoLookup.communeOf("75056"),
});

describe("the commune index prepared ahead of its first use", () => {
  it("gives the event loop turns while it is built, and answers as the one built at once", async () => {
    const prepared = await freshGeo();
    let turns = 0;
    let done = false;
    const turn = () => {
      turns += 1;
      if (!done) setImmediate(turn);
    };
    setImmediate(turn);
    await prepared.prepareGeography();
    done = true;
    // A turn between every two steps: the departments and EPCI, the communes' parsing, every 2,000 communes (about
    // 37,000 rows), the aliases, the sort.
    expect(turns).toBeGreaterThanOrEqual(20);
    const atOnce = await freshGeo();
    expect(answers(prepared)).toEqual(answers(atOnce));
    expect(answers(prepared).exact[0]?.inseeCode).toBe("69123");
  });

  it("is built at once by a use that comes first, and then not again", async () => {
    const geo = await freshGeo();
    const preparing = geo.prepareGeography();
    expect(geo.findCommune("69381")?.inseeCode).toBe("69123");
    await preparing;
    expect(geo.searchCommunes("Lyon")[0]?.inseeCode).toBe("69123");
  });
});
