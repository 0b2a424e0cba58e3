import { z } from "zod";

const days = (fallback: number) => z.number().int().min(0).max(365).default(fallback);

/**
 * The thresholds of the IPS timing rules, per program (RULES.md gives each rule and its source). The defaults are
 * the issue's; `benefitsPlanValidDays` and `horizonDays` are Passerelle's choices, adjustable like the others.
 */
export const worklistSettingsSchema = z.object({
  /** A new referral is met (in person or by video) within this many days of the referral date. */
  referralMeetingDays: days(7),
  /** First face-to-face employer contact for the person within this many days of entry (IPS-25 Sv4). */
  firstEmployerContactDays: days(30),
  /** First in-person contact after a job starts, within this many days of the start. */
  jobStartFirstContactDays: days(7),
  /** Then an in-person contact at least this often... */
  jobStartWeeklyContactDays: days(7),
  /** ...during this many days after the start ("the first month"). */
  jobStartSupportPeriodDays: days(30),
  /** Contact with the person within this many days of a job ending (or of learning about it). */
  jobEndContactDays: days(3),
  /** Outreach when there has been no contact with the person for this many days. */
  noContactDays: days(30),
  /** Face-to-face employer contacts per specialist per week (IPS-25 Sv6). */
  employerContactsWeeklyTarget: z.number().int().min(0).max(100).default(6),
  /** A benefits plan made up to this many days before a job start counts as planning for it (unconfirmed). */
  benefitsPlanValidDays: days(90),
  /**
   * An employer next step stays on "my week" for this many days past its date, then leaves the list (it stays on
   * the employer's record and in the register's "next step due" filter): a call-back a season old is no longer
   * this week's work. Passerelle's choice, not an IPS figure.
   */
  employerNextStepListedDays: days(60),
  /** "My week": items due within this many days are listed ahead of time; 0 shows only what is due. */
  horizonDays: days(7),
});
export type WorklistSettings = z.infer<typeof worklistSettingsSchema>;

export const defaultWorklistSettings: WorklistSettings = worklistSettingsSchema.parse({});

/** GET /api/programs/:id/worklist-settings (for the server to add). */
export const programWorklistSettingsSchema = z.object({
  programId: z.uuid(),
  settings: worklistSettingsSchema,
  /** 0 while the program runs on the defaults (nothing stored yet). */
  version: z.number().int().min(0),
  updatedAt: z.string().nullable(),
});

/** PUT /api/programs/:id/worklist-settings: the whole set, with the version read (0 the first time). */
export const updateWorklistSettingsInput = z.object({ version: z.number().int().min(0), settings: worklistSettingsSchema });
