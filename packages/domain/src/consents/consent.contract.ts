import { z } from "zod";
import { isoDate, longText } from "../shared/primitives";

/** The three consents the foundation records; each is dated, signed by who recorded it, and withdrawable. */
export const consentScopes = ["care_team", "family", "employer_disclosure"] as const;
export const consentScopeSchema = z.enum(consentScopes);
export type ConsentScope = z.infer<typeof consentScopeSchema>;

export const consentSchema = z.object({
  id: z.uuid(),
  participantId: z.uuid(),
  scope: consentScopeSchema,
  /** What exactly is agreed: e.g. which family member, what may be told to employers. */
  details: z.string(),
  givenOn: isoDate,
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
  withdrawnOn: isoDate.nullable(),
  withdrawnBy: z.string().nullable(),
});
export type Consent = z.infer<typeof consentSchema>;

export const recordConsentInput = z.object({
  scope: consentScopeSchema,
  details: longText(2000).default(""),
  givenOn: isoDate,
});
export const withdrawConsentInput = z.object({ withdrawnOn: isoDate });

export const isConsentActive = (consent: Pick<Consent, "withdrawnOn">): boolean => consent.withdrawnOn === null;
