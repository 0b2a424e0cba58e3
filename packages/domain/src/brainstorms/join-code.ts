/**
 * The code phones type to join a session. Six characters from an alphabet without look-alikes: no 0/O, 1/I/L, nor
 * U (read as V), so a code read off a projected screen is typed right on a phone the first time. 30^6 = 729 million
 * codes: with joins rate-limited per address and a few sessions open at once, guessing one is hopeless.
 */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ";
export const JOIN_CODE_LENGTH = 6;

/** A source of random integers in [0, max): crypto on the server, a seeded one in tests. */
export type RandomInt = (max: number) => number;

export const generateJoinCode = (randomInt: RandomInt): string => {
  let code = "";
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
};

/**
 * What the person typed, as a code: case, spaces and dashes do not matter ("abc-234", "ABC 234"). Null when it cannot
 * be a code at all: the server answers such input exactly as a wrong code (one failure), so nothing is learnt from it.
 */
export const normalizeJoinCode = (typed: string): string | null => {
  const code = typed.toUpperCase().replace(/[\s-]/g, "");
  if (code.length !== JOIN_CODE_LENGTH) return null;
  for (const char of code) if (!JOIN_CODE_ALPHABET.includes(char)) return null;
  return code;
};

/** Shown in two groups of three on the shared screen: easier to read aloud and to copy. */
export const formatJoinCode = (code: string): string => (code.length === JOIN_CODE_LENGTH ? `${code.slice(0, 3)} ${code.slice(3)}` : code);
