import type { OutcomeRecordsList } from "@passerelle/domain";
import { useQuery } from "@tanstack/react-query";
import { api } from "../../api/api-client";
import type { FigurePart } from "./figure-links";
import { type OutcomesScopeParams, outcomesKeys } from "./outcomes-api";

export type OutcomeRecordsParams = OutcomesScopeParams & { figure: string; part?: FigurePart; reason?: string };

/** The rows behind one figure (reading them is audited by the server, like any list of people). */
export const useOutcomeRecords = (params: OutcomeRecordsParams) =>
  useQuery({
    queryKey: outcomesKeys.records(params),
    queryFn: ({ signal }) => api.get<OutcomeRecordsList>("/outcomes/records", { ...params }, signal),
  });
