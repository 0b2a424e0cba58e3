import { checkFidelitySettings, type FidelitySettings, type UpdateFidelitySettingsInput } from "@passerelle/domain";
import { authorizeProgram } from "../../platform/access";
import type { AppContext } from "../../platform/context";
import { AppError, staleVersion } from "../../platform/errors";
import { type Actor, appendEvent, recordAudit } from "../../platform/journal";
import { getFidelitySettings, insertFidelitySettings, updateFidelitySettingsIfVersion } from "./fidelity-settings.repository";

export const readFidelitySettings = async (ctx: AppContext, actor: Actor, programId: string): Promise<FidelitySettings> => {
  authorizeProgram(actor, programId, "fidelity.read");
  return getFidelitySettings(ctx.database.db, programId);
};

/**
 * The program's values for what the scale leaves unconfirmed (the team's reading of the manual, not the
 * software's). Everything sent replaces what was stored: a value left out goes back to the scale's default.
 */
export const saveFidelitySettings = async (
  ctx: AppContext,
  actor: Actor,
  programId: string,
  input: UpdateFidelitySettingsInput,
): Promise<FidelitySettings> => {
  authorizeProgram(actor, programId, "fidelity.write");
  const problems = checkFidelitySettings(input.thresholds);
  if (problems.length > 0) throw new AppError("unprocessable", { fields: problems });
  return ctx.database.db.transaction(async (tx) => {
    const current = await getFidelitySettings(tx, programId);
    if (current.version !== input.version) throw staleVersion(current);
    const now = ctx.clock.now();
    const saved =
      input.version === 0
        ? await insertFidelitySettings(tx, programId, input.thresholds, actor.userId, now)
        : await updateFidelitySettingsIfVersion(tx, programId, input.version, input.thresholds, actor.userId, now);
    if (!saved) throw staleVersion(await getFidelitySettings(tx, programId));
    await appendEvent(tx, ctx.clock, { type: "fidelity_settings.saved", actor, programId, participantId: null, data: { keys: Object.keys(input.thresholds) } });
    await recordAudit(tx, ctx.clock, { actor, action: "update", recordType: "fidelity_settings", recordId: programId, programId });
    return getFidelitySettings(tx, programId);
  });
};
