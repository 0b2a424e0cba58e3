/**
 * Query keys, one group per area. Everything about one participant lives under `participantKeys.detail(id)`,
 * so invalidating that prefix refreshes the record and all its tabs.
 */
export type ParticipantListParams = {
  q?: string;
  status?: string;
  specialistId?: string;
  programId?: string;
  noContactSince?: string;
  limit: number;
  offset: number;
};

export const setupKeys = { status: ["setup"] as const };

export const meKeys = { me: ["me"] as const };

export const programKeys = {
  all: ["programs"] as const,
  list: () => [...programKeys.all, "list"] as const,
  members: (programId: string) => [...programKeys.all, programId, "members"] as const,
};

export const userKeys = { all: ["users"] as const };

export const participantKeys = {
  lists: ["participants"] as const,
  list: (params: ParticipantListParams) => [...participantKeys.lists, params] as const,
  detail: (id: string) => ["participant", id] as const,
  profile: (id: string) => [...participantKeys.detail(id), "profile"] as const,
  profileHistory: (id: string) => [...participantKeys.detail(id), "profile-history"] as const,
  consents: (id: string) => [...participantKeys.detail(id), "consents"] as const,
  contacts: (id: string) => [...participantKeys.detail(id), "contacts"] as const,
  timeline: (id: string) => [...participantKeys.detail(id), "timeline"] as const,
  audit: (id: string) => [...participantKeys.detail(id), "audit"] as const,
};

export const caseloadKeys = {
  all: ["caseloads"] as const,
  overview: (programId: string) => [...caseloadKeys.all, programId] as const,
};
