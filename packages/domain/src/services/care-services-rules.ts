/** What the register says of a service or referent a user picked: its program and whether it is archived. */
export type RegisterFact = { programId: string; archived: boolean };

export type CareServicesChoice = { referringServiceId: string | null; referentIds: readonly string[] };

export type CareServicesFieldError = { path: string; message: string };

/**
 * Checks a participant's care services against the program's register. A service or referent of another program
 * (or unknown) is refused; an archived one may not be newly chosen, but one the person already has is kept:
 * archiving a referent who left must not force every record that names them to be edited first.
 */
export const checkCareServicesChoice = (
  programId: string,
  choice: CareServicesChoice,
  current: CareServicesChoice,
  services: ReadonlyMap<string, RegisterFact>,
  referents: ReadonlyMap<string, RegisterFact>,
): CareServicesFieldError[] => {
  const errors: CareServicesFieldError[] = [];
  const usable = (fact: RegisterFact | undefined, alreadyChosen: boolean): boolean =>
    fact !== undefined && fact.programId === programId && (!fact.archived || alreadyChosen);
  if (choice.referringServiceId !== null) {
    const fact = services.get(choice.referringServiceId);
    if (!usable(fact, choice.referringServiceId === current.referringServiceId)) errors.push({ path: "referringServiceId", message: "unknown_service" });
  }
  choice.referentIds.forEach((id, i) => {
    if (!usable(referents.get(id), current.referentIds.includes(id))) errors.push({ path: `referentIds.${i}`, message: "unknown_referent" });
  });
  return errors;
};

/** The same referent picked twice counts once; the order of first choice is kept. */
export const uniqueIds = (ids: readonly string[]): string[] => [...new Set(ids)];
