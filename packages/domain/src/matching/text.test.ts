import { describe, expect, it } from "vitest";
import { matchesAnyWord, sameWord, wordKeys, wordProbes } from "./text";

describe("word look-ups", () => {
  // Words of every length around the 5- and 6-letter rules, sharing prefixes in every way.
  const words = ["a", "ag", "age", "agen", "agent", "agents", "agence", "agenda", "agentsx", "serve", "serveu", "serveur", "serveuse", "servir", "serv",
    "jardin", "jardinier", "jardinage", "jardi", "jard", "cuisine", "cuisinier", "cuisson", "cuis", "vert", "verts", "verte", "vertes", "vendeur", "vendre"];

  it("finds a word in a list exactly when sameWord holds with one of its words", () => {
    for (let i = 0; i < words.length; i++) {
      // Lists of one, two and three words, from each starting point.
      for (const size of [1, 2, 3]) {
        const list = Array.from({ length: size }, (_, k) => words[(i + k * 7) % words.length]);
        const keys = wordKeys(list);
        for (const word of words) expect(matchesAnyWord(keys, wordProbes(word)), `${word} in ${list.join(",")}`).toBe(list.some((o) => sameWord(word, o)));
      }
    }
  });

  it("finds nothing in an empty list", () => {
    expect(matchesAnyWord(wordKeys([]), wordProbes("agent"))).toBe(false);
  });
});
