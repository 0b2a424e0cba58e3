import type { MonthIndex } from "../months";
import { parameterAtOrFirst, parameterStartMonth } from "../parameters";

/**
 * Gross to net salary for a private-sector non-executive employee below the social security ceiling: the sum of
 * the employee contribution rates (old age, AGIRC-ARRCO, CSG, CRDS), kept in the parameters data with its
 * breakdown and sources. Health and provident insurance (mutuelle, prévoyance) vary by employer and are left out,
 * which the assumptions say. Checked against OpenFisca's own net salaries in the 2024 reference cases.
 */

export const employeeContributionRate = (month: MonthIndex): number => parameterAtOrFirst("taux_cotisations_salariales_non_cadre", month);

/** Whether the month is before the first dated rate (the first rate is then applied, and said). */
export const isBeforeContributionData = (month: MonthIndex): boolean => month < parameterStartMonth("taux_cotisations_salariales_non_cadre");

export const contributionDataStart = (): MonthIndex => parameterStartMonth("taux_cotisations_salariales_non_cadre");

export const grossToNet = (monthlyGross: number, month: MonthIndex): number => monthlyGross * (1 - employeeContributionRate(month));

/** Hours a month for a weekly schedule: 52 weeks / 12 months (35 h a week gives the legal 151.67 h). */
export const hoursPerMonth = (hoursPerWeek: number): number => (hoursPerWeek * 52) / 12;
