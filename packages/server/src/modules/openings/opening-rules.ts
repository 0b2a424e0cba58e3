import type { WorkPlace } from "@passerelle/domain";
import type { Executor } from "../../platform/db";
import { AppError } from "../../platform/errors";
import { findCommune } from "../../platform/geo";
import { employerContactBelongs } from "./openings.repository";

type FieldError = { path: string; message: string };

/**
 * A commune must exist in the geography (a typo in an INSEE code would silently never match anyone). The stored
 * code is the actual commune's: an arrondissement (75111) or a commune déléguée is filed under its commune.
 */
export const checkedPlace = (place: WorkPlace | null | undefined, fields: FieldError[]): WorkPlace | null => {
  if (!place) return null;
  if (place.kind !== "commune") return place;
  const commune = findCommune(place.inseeCode);
  if (!commune) {
    fields.push({ path: "place.inseeCode", message: "unknown_commune" });
    return place;
  }
  return { ...place, inseeCode: commune.inseeCode };
};

export const inseeCodeOf = (place: WorkPlace | null): string | null => (place?.kind === "commune" ? place.inseeCode : null);

export const checkEmployerContact = async (
  db: Executor,
  programId: string,
  employerId: string,
  contactId: string | null | undefined,
  fields: FieldError[],
): Promise<void> => {
  if (contactId && !(await employerContactBelongs(db, programId, employerId, contactId))) {
    fields.push({ path: "employerContactId", message: "unknown_employer_contact" });
  }
};

export const throwIfInvalid = (fields: FieldError[]): void => {
  if (fields.length > 0) throw new AppError("validation", { fields });
};
