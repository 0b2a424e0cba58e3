import { defaultWorklistSettings, type WorklistSettings, worklistSettingsSchema } from "@passerelle/domain";
import type { z } from "zod";
import type { programWorklistSettingsSchema, updateWorklistSettingsInput } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import type { Executor } from "../../platform/db";
import { staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { getWorklistSettingsRow, insertWorklistSettings, updateWorklistSettingsIfVersion } from "./worklist.repository";

type ProgramWorklistSettings = z.infer<typeof programWorklistSettingsSchema>;

/**
 * The program's thresholds, or the defaults while none are stored (version 0). Stored settings are read through
 * the schema, so a threshold added later takes its default for programs saved before it existed.
 */
/** Stored thresholds through the current schema (defaults for what is missing or unreadable). */
export const settingsFrom = (stored: unknown): WorklistSettings => {
  if (stored === null || stored === undefined) return defaultWorklistSettings;
  const parsed = worklistSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : defaultWorklistSettings;
};

export const programSettings = async (db: Executor, programId: string): Promise<ProgramWorklistSettings> => {
  const row = await getWorklistSettingsRow(db, programId);
  if (!row) return { programId, settings: defaultWorklistSettings, version: 0, updatedAt: null };
  return {
    programId,
    settings: settingsFrom(row.settings),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
};

export const readWorklistSettings = async (ctx: AppContext, actor: Actor, programId: string): Promise<ProgramWorklistSettings> => {
  authorizeProgram(actor, programId, "worklist.read");
  return programSettings(ctx.database.db, programId);
};

/** The team lead sets the thresholds for the whole program; a colleague's save in between answers 409. */
export const saveWorklistSettings = async (
  ctx: AppContext,
  actor: Actor,
  programId: string,
  input: z.infer<typeof updateWorklistSettingsInput>,
): Promise<ProgramWorklistSettings> => {
  authorizeProgram(actor, programId, "worklist.configure");
  const db = ctx.database.db;
  return db.transaction(async (tx) => {
    const current = await programSettings(tx, programId);
    if (current.version !== input.version) throw staleVersion(current);
    const settings: WorklistSettings = input.settings;
    const values = { settings, updatedBy: actor.userId, updatedAt: ctx.clock.now() };
    const saved =
      input.version === 0
        ? await insertWorklistSettings(tx, { programId, ...values, version: 1 })
        : await updateWorklistSettingsIfVersion(tx, programId, input.version, values);
    if (!saved) throw staleVersion(await programSettings(tx, programId));
    const changed = Object.keys(settings).filter((k) => settings[k as keyof WorklistSettings] !== current.settings[k as keyof WorklistSettings]);
    await appendEvent(tx, ctx.clock, { type: "worklist_settings.saved", actor, programId, participantId: null, data: { fields: changed } });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "worklist_settings", recordId: programId, programId });
    return programSettings(tx, programId);
  });
};
