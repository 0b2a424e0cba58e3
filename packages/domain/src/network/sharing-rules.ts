import type { ConsentScope } from "../consents/consent.contract";
import type { SharingState, SharingTopic } from "./close-one.contract";

/** The facts of a consent record the sharing rule needs: its scope and whether it was withdrawn. */
export type ConsentFacts = { scope: ConsentScope; withdrawnOn: string | null };

/** Only an ACTIVE consent of scope `family` lets the team share anything with a close one. */
export const isActiveFamilyConsent = (consent: ConsentFacts | null): boolean => consent !== null && consent.scope === "family" && consent.withdrawnOn === null;

/**
 * What may be shared with a close one today. The stored choice (`mayShare`) is never deleted when the person
 * withdraws their consent: it is shown as suspended, so that it can be restored only by a new consent.
 */
export const closeOneSharing = (
  closeOne: { consentId: string | null; mayShare: readonly SharingTopic[] },
  consent: ConsentFacts | null,
): { state: SharingState; sharedNow: SharingTopic[] } => {
  if (closeOne.consentId === null || consent === null || consent.scope !== "family") return { state: "no_consent", sharedNow: [] };
  if (!isActiveFamilyConsent(consent)) return { state: "suspended", sharedNow: [] };
  return { state: "active", sharedNow: [...closeOne.mayShare] };
};

type Issue = { path: string; message: string };

/**
 * The rule on a write, as field errors (422): a consent named for a close one must be an active family consent of
 * this person (`consent` is null when the id is not one of the person's records); sharing anything needs such a
 * consent. Only what the write touches is judged: correcting a phone number while the consent is withdrawn is
 * allowed, adding a topic then is not.
 */
export const closeOneSharingIssues = (
  next: { consentId: string | null; mayShare: readonly SharingTopic[] },
  consent: ConsentFacts | null,
  touched: { consentId: boolean; mayShare: boolean },
): Issue[] => {
  const active = next.consentId !== null && isActiveFamilyConsent(consent);
  if (touched.consentId && next.consentId !== null && !active) return [{ path: "consentId", message: "unknown_family_consent" }];
  if ((touched.consentId || touched.mayShare) && next.mayShare.length > 0 && !active) {
    return [{ path: "consentId", message: "sharing_needs_family_consent" }];
  }
  return [];
};
