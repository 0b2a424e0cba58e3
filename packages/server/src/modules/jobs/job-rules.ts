import { type CompetitiveOverride, type Competitiveness, type EmployerSetting, type JobContract, isCompetitive, smicHourlyGross } from "@passerelle/domain";

/**
 * The hourly minimum wage in force at a job's start, by the program's country. France: the SMIC horaire brut of
 * the start month from the benefits parameters (null before their first value). Belgium: the domain holds no
 * Belgian minimum wage data yet (the RMMMG is monthly and depends on age and sector), so null, which makes an
 * ordinary job's competitiveness "unknown" until the team decides with an override.
 */
export const hourlyMinimumWage = (country: string, startDate: string): number | null => {
  if (country !== "FR") return null;
  try {
    return smicHourlyGross(startDate.slice(0, 7));
  } catch {
    return null;
  }
};

export const competitivenessOf = (
  job: { contract: JobContract; hourlyGrossWage: number | null; competitiveOverride: CompetitiveOverride | null; startDate: string },
  country: string,
  employerSetting: EmployerSetting | null,
): Competitiveness => isCompetitive(job, { hourlyMinimumWage: hourlyMinimumWage(country, job.startDate), employerSetting });
