/**
 * French business identifiers. SIREN (9 digits) identifies a company, SIRET (14 digits = SIREN + 5-digit NIC)
 * one of its establishments; both carry a Luhn check digit. NAF (code APE) is the INSEE activity code, written
 * "56.10A" (division, group-class, letter). The register stores the canonical forms; people type spaces and
 * dots, so `normalize*` accept them and the contracts accept only canonical values.
 */

/** La Poste's SIREN: its thousands of establishments outgrew the Luhn key, so INSEE uses another rule for them. */
export const LA_POSTE_SIREN = "356000000";

const luhnValid = (digits: string): boolean => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    // Double every second digit from the right.
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
};

const digitSum = (digits: string): number => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += digits.charCodeAt(i) - 48;
  return sum;
};

export const isValidSiren = (value: string): boolean => /^[0-9]{9}$/.test(value) && luhnValid(value);

/**
 * A SIRET is valid when its 14 digits pass the Luhn check, except for La Poste (SIREN 356000000), whose
 * establishments are valid when the sum of the 14 digits is a multiple of 5. Its head office, 356 000 000 00048,
 * only passes the Luhn check, so for this SIREN either rule is accepted.
 */
export const isValidSiret = (value: string): boolean => {
  if (!/^[0-9]{14}$/.test(value)) return false;
  if (value.startsWith(LA_POSTE_SIREN)) return digitSum(value) % 5 === 0 || luhnValid(value);
  return luhnValid(value);
};

/** "362 521 879 00034" or "362.521.879.00034" -> "36252187900034"; other characters are left for the check to refuse. */
export const normalizeSiret = (value: string): string => value.replace(/[\s.\u00a0-]/g, "");

export const nafCodePattern = /^[0-9]{2}\.[0-9]{2}[A-Z]$/;

export const isValidNafCode = (value: string): boolean => nafCodePattern.test(value);

/** "5610a", "56.10 A", "56 10A" -> "56.10A"; anything else is returned trimmed, for the check to refuse. */
export const normalizeNafCode = (value: string): string => {
  const compact = value.replace(/[\s.\u00a0]/g, "").toUpperCase();
  return /^[0-9]{4}[A-Z]$/.test(compact) ? `${compact.slice(0, 2)}.${compact.slice(2)}` : value.trim();
};

/** The NAF division (2 digits), the level at which a sector is usually discussed ("56" restauration). */
export const nafDivision = (naf: string): string => naf.slice(0, 2);
