import type { Application } from "@passerelle/domain";

/** The jobs tab, opened on a new job prefilled from a hired application (the jobs tab reads these parameters). */
export const recordJobUrl = (participantId: string, application: Application): string => {
  const params: [string, string][] = [
    ["new", "1"],
    ["applicationId", application.id],
    ["title", application.title],
    ["employerId", application.employerId ?? ""],
    ["employerName", application.employerName],
    ["openingId", application.openingId ?? ""],
  ];
  return `/participants/${participantId}/jobs?${params.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&")}`;
};

export const jobsTabUrl = (participantId: string): string => `/participants/${participantId}/jobs`;
