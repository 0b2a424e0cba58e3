import { participantStatuses, type ParticipantStatus } from "@passerelle/domain";
import { useSearchParams } from "react-router";
import type { ParticipantListParams } from "../../api/query-keys";
import { isoDaysBefore, todayIso } from "../../shared/format/dates";

export const PAGE_SIZE = 25;
export const caseloadScopes = ["mine", "all", "unassigned", "specialist"] as const;
export type CaseloadScope = (typeof caseloadScopes)[number];

export type CaseloadFilters = {
  q: string;
  /** "active" (the default): every status but closed; "": every status. */
  status: ParticipantStatus | "active" | "";
  scope: CaseloadScope;
  specialistId: string;
  programId: string;
  noContact: boolean;
  page: number;
};

const isScope = (value: string | null): value is CaseloadScope =>
  value !== null && (caseloadScopes as readonly string[]).includes(value);
const isStatus = (value: string | null): value is ParticipantStatus =>
  value !== null && (participantStatuses as readonly string[]).includes(value);

/** Filters live in the address, so the back button and shared links keep them. */
export const useCaseloadFilters = (defaultScope: CaseloadScope) => {
  const [params, setParams] = useSearchParams();
  const scopeParam = params.get("scope");
  const statusParam = params.get("status");
  const filters: CaseloadFilters = {
    q: params.get("q") ?? "",
    status: isStatus(statusParam) ? statusParam : statusParam === "all" ? "" : "active",
    scope: isScope(scopeParam) ? scopeParam : defaultScope,
    specialistId: params.get("specialist") ?? "",
    programId: params.get("program") ?? "",
    noContact: params.get("noContact") === "1",
    page: Math.max(1, Number.parseInt(params.get("page") ?? "1", 10) || 1),
  };

  const update = (patch: Partial<CaseloadFilters>) => {
    const next = { ...filters, page: 1, ...patch };
    const search = new URLSearchParams();
    if (next.q) search.set("q", next.q);
    // The active caseload is the default: only another choice goes into the address.
    if (next.status !== "active") search.set("status", next.status || "all");
    if (next.scope !== defaultScope) search.set("scope", next.scope);
    if (next.scope === "specialist" && next.specialistId) search.set("specialist", next.specialistId);
    if (next.programId) search.set("program", next.programId);
    if (next.noContact) search.set("noContact", "1");
    if (next.page > 1) search.set("page", String(next.page));
    setParams(search, { replace: true });
  };

  return { filters, update };
};

export const toListParams = (filters: CaseloadFilters, userId: string): ParticipantListParams => {
  const specialistId =
    filters.scope === "mine"
      ? userId
      : filters.scope === "unassigned"
        ? "none"
        : filters.scope === "specialist" && filters.specialistId
          ? filters.specialistId
          : undefined;
  return {
    q: filters.q || undefined,
    status: filters.status || undefined,
    specialistId,
    programId: filters.programId || undefined,
    noContactSince: filters.noContact ? isoDaysBefore(todayIso(), 30) : undefined,
    limit: PAGE_SIZE,
    offset: (filters.page - 1) * PAGE_SIZE,
  };
};
