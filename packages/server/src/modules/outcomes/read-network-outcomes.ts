import {
  type NetworkOutcomes,
  type NetworkOutcomesQuery,
  type NetworkRowCells,
  type OutcomesFigures,
  type ScoredItems,
  computeOutcomes,
  countCell,
  exemplaryFromOf,
  medianCell,
  perWeekCell,
  rateCell,
  recordsByProgram,
  scoreReview,
} from "@passerelle/domain";
import { programsWith } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { forbidden } from "../../platform/errors";
import type { Actor } from "../../platform/journal";
import { listAllProgramIds } from "../programs/programs.repository";
import { readLatestFinalReviews, readNetworkPrograms } from "./network-outcomes.repository";
import { readOutcomeRecords } from "./outcomes.repository";

/** The network's cells of a program's figures: aggregates only, masked under 5 people (network-masking.ts). */
export const networkCells = (f: OutcomesFigures): NetworkRowCells => ({
  activeCaseload: countCell(f.activeCaseload),
  competitiveEmploymentRate: rateCell(f.competitiveEmploymentRate),
  ukEmploymentRate: rateCell(f.ukEmploymentRate),
  supportedIntoWork: countCell(f.supportedIntoWork),
  jobStarts: countCell(f.jobStarts),
  daysToFirstEmployerContact: medianCell(f.daysToFirstEmployerContact),
  daysToFirstJob: medianCell(f.daysToFirstJob),
  retained90Days: rateCell(f.retained90Days),
  employerContactsPerSpecialistPerWeek: perWeekCell(f.employerContactsPerSpecialistPerWeek, f.employerContactsFaceToFace.count),
});

/**
 * The programs a network member (or an admin) oversees, side by side, and their total. Every program's records
 * are loaded in one statement and each program is computed from its share; the total pools the people (its
 * medians and rates are the network's, not averages of averages). Nothing but aggregates leaves: no name, no id
 * of a person or record, and no cell under 5 people. A program administrator holds the permission for their
 * own program only, so they see that program's row (and a total equal to it).
 */
export const readNetworkOutcomes = async (ctx: AppContext, actor: Actor, query: NetworkOutcomesQuery): Promise<NetworkOutcomes> => {
  const read = ctx.database.readPrepared;
  const programIds = programsWith(actor, "network_outcomes.read", actor.isAdmin ? await listAllProgramIds(ctx.database.db) : [])
    .map((p) => p.programId)
    .sort();
  if (programIds.length === 0) throw forbidden();
  const period = { from: query.from, to: query.to };
  const [programs, records, reviews] = await Promise.all([
    readNetworkPrograms(read, programIds),
    readOutcomeRecords(ctx.database.readSnapshot, { programIds, specialistId: null }, period),
    readLatestFinalReviews(read, programIds),
  ]);
  const reviewOf = new Map(reviews.map((r) => [r.programId, r]));
  const byProgram = recordsByProgram(records);
  const empty = { ...records, people: [], episodes: [], jobs: [], employerContacts: [], contactsForPeople: [], referrals: [], specialists: [] };
  return {
    from: query.from,
    to: query.to,
    programs: programs.map((program) => {
      const review = reviewOf.get(program.id);
      const score = review ? scoreReview((review.items ?? {}) as ScoredItems, { exemplaryFrom: exemplaryFromOf(review.settings) }) : null;
      return {
        programId: program.id,
        name: program.name,
        country: program.country,
        cells: networkCells(computeOutcomes(byProgram.get(program.id) ?? empty, period)),
        fidelity: review && score?.total != null && score.band ? { total: score.total, band: score.band, reviewedOn: review.reviewedOn } : null,
      };
    }),
    total: { programCount: programs.length, cells: networkCells(computeOutcomes(records, period)) },
  };
};
