import type { CreateJobInput, Job, JobContract, UpdateJobInput } from "@passerelle/domain";

/** What the job form edits: strings as typed, converted once on submit. */
export type JobDraft = {
  employerId: string | null;
  employerName: string;
  openingId: string | null;
  applicationId: string | null;
  title: string;
  occupationCode: string;
  startDate: string;
  plannedEndDate: string;
  hoursPerWeek: number | "";
  hourlyGrossWage: number | "";
  contract: JobContract;
  disclosureLevel: "none" | "partial" | "full";
  disclosureDetails: string;
  disclosedOn: string;
  override: "" | "competitive" | "not_competitive";
  overrideReason: string;
};

export const emptyDraft = (today: string): JobDraft => ({
  employerId: null,
  employerName: "",
  openingId: null,
  applicationId: null,
  title: "",
  occupationCode: "",
  startDate: today,
  plannedEndDate: "",
  hoursPerWeek: "",
  hourlyGrossWage: "",
  contract: "cdi",
  disclosureLevel: "none",
  disclosureDetails: "",
  disclosedOn: "",
  override: "",
  overrideReason: "",
});

export const draftOfJob = (job: Job): JobDraft => ({
  employerId: job.employerId,
  employerName: job.employerName,
  openingId: job.openingId,
  applicationId: job.applicationId,
  title: job.title,
  occupationCode: job.occupationCode ?? "",
  startDate: job.startDate,
  plannedEndDate: job.plannedEndDate ?? "",
  hoursPerWeek: job.hoursPerWeek ?? "",
  hourlyGrossWage: job.hourlyGrossWage ?? "",
  contract: job.contract,
  disclosureLevel: job.disclosure.level,
  disclosureDetails: job.disclosure.details,
  disclosedOn: job.disclosure.disclosedOn ?? "",
  override: job.competitiveOverride ? (job.competitiveOverride.competitive ? "competitive" : "not_competitive") : "",
  overrideReason: job.competitiveOverride?.reason ?? "",
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuidOrNull = (value: string | null): string | null => (value && UUID.test(value) ? value : null);

/**
 * The applications tab opens the form after a hire with `?new=1&applicationId=&title=&employerId=&employerName=&openingId=`.
 * Ids that are not UUIDs are dropped (a hand-edited link must not block the form).
 */
export const draftFromSearch = (search: URLSearchParams, today: string): JobDraft | null => {
  if (search.get("new") !== "1") return null;
  return {
    ...emptyDraft(today),
    applicationId: uuidOrNull(search.get("applicationId")),
    openingId: uuidOrNull(search.get("openingId")),
    employerId: uuidOrNull(search.get("employerId")),
    employerName: search.get("employerName") ?? "",
    title: search.get("title") ?? "",
  };
};

const fields = (d: JobDraft) => ({
  employerId: d.employerId,
  employerName: d.employerName.trim(),
  title: d.title,
  occupationCode: d.occupationCode || null,
  startDate: d.startDate,
  plannedEndDate: d.plannedEndDate || null,
  hoursPerWeek: d.hoursPerWeek === "" ? null : d.hoursPerWeek,
  hourlyGrossWage: d.hourlyGrossWage === "" ? null : d.hourlyGrossWage,
  contract: d.contract,
  competitiveOverride: d.override ? { competitive: d.override === "competitive", reason: d.overrideReason.trim() } : null,
  disclosure: { level: d.disclosureLevel, details: d.disclosureDetails, disclosedOn: d.disclosedOn || null },
});

export const createInputOf = (d: JobDraft): CreateJobInput => ({ ...fields(d), openingId: d.openingId, applicationId: d.applicationId });

export const updateInputOf = (d: JobDraft, version: number): UpdateJobInput => ({ ...fields(d), version });
