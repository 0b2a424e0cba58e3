import { useSearchParams } from "react-router";
import { todayIso } from "../../shared/format/dates";
import { isIsoDay, lastCompleteQuarter } from "./period";

export type ReportParams = { from: string; to: string; programId?: string; specialistId?: string };

/**
 * The report's period and scope live in the address, so a figure's records page, the back button and a shared
 * link all show the same report. Without a period: the last complete quarter.
 */
export const useReportParams = (): [ReportParams, (patch: Partial<Record<keyof ReportParams, string | undefined>>) => void] => {
  const [params, setParams] = useSearchParams();
  const fallback = lastCompleteQuarter(todayIso());
  const from = params.get("from");
  const to = params.get("to");
  const valid = isIsoDay(from) && isIsoDay(to) && from <= to;
  const current: ReportParams = {
    from: valid ? from : fallback.from,
    to: valid ? to : fallback.to,
    programId: params.get("programId") || undefined,
    specialistId: params.get("specialistId") || undefined,
  };
  const update = (patch: Partial<Record<keyof ReportParams, string | undefined>>) => {
    const next = new URLSearchParams(params);
    const merged = { ...current, ...patch };
    for (const key of ["from", "to", "programId", "specialistId"] as const) {
      const value = merged[key];
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return [current, update];
};
