import { z } from "zod";
import { fidelityBandSchema } from "../fidelity/scale";
import { isoDate } from "../shared/primitives";

/**
 * The network view (issue 5, item 4): programs side by side, aggregated only. No name and no id of a person or of
 * a record anywhere: each cell is a value or masked (fewer than 5 people behind it, see network-masking.ts).
 */
export const networkOutcomesQuery = z
  .object({ from: isoDate, to: isoDate })
  .refine((q) => q.from <= q.to, { path: ["to"], message: "period_end_before_start" });
export type NetworkOutcomesQuery = z.infer<typeof networkOutcomesQuery>;

export const networkCellSchema = z.object({ value: z.number().nullable(), masked: z.boolean() });
export type NetworkCellValue = z.infer<typeof networkCellSchema>;

export const networkRowCellsSchema = z.object({
  activeCaseload: networkCellSchema,
  competitiveEmploymentRate: networkCellSchema,
  ukEmploymentRate: networkCellSchema,
  supportedIntoWork: networkCellSchema,
  jobStarts: networkCellSchema,
  daysToFirstEmployerContact: networkCellSchema,
  daysToFirstJob: networkCellSchema,
  retained90Days: networkCellSchema,
  employerContactsPerSpecialistPerWeek: networkCellSchema,
});
export type NetworkRowCells = z.infer<typeof networkRowCellsSchema>;
export const networkCellKeys = Object.keys(networkRowCellsSchema.shape) as (keyof NetworkRowCells)[];

/** The latest final fidelity review of a program: its total (out of 125) and band. */
export const networkFidelitySchema = z.object({ total: z.number(), band: fidelityBandSchema, reviewedOn: isoDate });

export const networkProgramRowSchema = z.object({
  /** A program is not a person: its id lets the screen link to the program's own dashboard when the user may read it. */
  programId: z.uuid(),
  name: z.string(),
  country: z.enum(["FR", "BE"]),
  cells: networkRowCellsSchema,
  fidelity: networkFidelitySchema.nullable(),
});
export type NetworkProgramRow = z.infer<typeof networkProgramRowSchema>;

export const networkOutcomesSchema = z.object({
  from: isoDate,
  to: isoDate,
  programs: z.array(networkProgramRowSchema),
  /** Every program of the list together (medians and rates computed over the pooled people, never averaged). */
  total: z.object({ programCount: z.number().int(), cells: networkRowCellsSchema }),
});
export type NetworkOutcomes = z.infer<typeof networkOutcomesSchema>;
