import type { FidelityIndicator } from "../indicator.contract";
import type { FidelityThresholds } from "../indicator-thresholds";
import { defaultFidelityThresholds } from "../indicator-thresholds";
import type { FidelityPeriod, FidelityRecords } from "../fidelity-records";
import { assertiveEngagement, communityBasedServices, individualisedFollowAlong, timeUnlimitedFollowAlong } from "./follow-along";
import { disclosure, employerContactRate, individualisedJobSearch, rapidJobSearch, repeatedEmployerVisits, workBasedAssessment, workIncentivesPlanning } from "./job-search";
import { competitiveJobs, employerDiversity, jobTypeDiversity } from "./jobs";
import { supervisorRole, teamAssignment, teamMeetings, vocationalUnit, zeroExclusion } from "./organisation";
import { caseloadPerFte, employmentServicesTime, vocationalGeneralists } from "./staffing";

/**
 * Every indicator the records give, in the scale's order (O3, O7 and O8 are the reviewers' alone): computed items
 * with a suggested score, partly computable ones with their evidence (INDICATORS.md).
 */
export const computeFidelityIndicators = (
  records: FidelityRecords,
  period: FidelityPeriod,
  thresholds: FidelityThresholds = defaultFidelityThresholds,
): FidelityIndicator[] => [
  caseloadPerFte(records, period, thresholds),
  employmentServicesTime(records, period, thresholds),
  vocationalGeneralists(records, period, thresholds),
  teamAssignment(records, period, thresholds),
  teamMeetings(records, period),
  vocationalUnit(records, period),
  supervisorRole(records, period),
  zeroExclusion(records, period),
  workIncentivesPlanning(records, period, thresholds),
  disclosure(records, period),
  workBasedAssessment(records, period),
  rapidJobSearch(records, period, thresholds),
  individualisedJobSearch(records, period),
  employerContactRate(records, period, thresholds),
  repeatedEmployerVisits(records, period),
  jobTypeDiversity(records, period, thresholds),
  employerDiversity(records, period, thresholds),
  competitiveJobs(records, period, thresholds),
  individualisedFollowAlong(records, period),
  timeUnlimitedFollowAlong(records, period, thresholds),
  communityBasedServices(records, period, thresholds),
  assertiveEngagement(records, period),
];
