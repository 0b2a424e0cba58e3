import { sql } from "drizzle-orm";
import { careerProfileDataSchema, type MatchPreferences, type Opening } from "@passerelle/domain";
import { auditLog, careerProfiles, employers, openings, participants } from "../../db/schema/index";
import { buildOnce, type PreparedRead } from "../../platform/db";
import { fingerprintOf, type OpeningJson, openingFromJson, openingJson, openOpeningsFingerprintSql } from "../openings/openings.repository";
import {
  careTeamConsentExists,
  type ParticipantScopeFacts,
  referentServiceIds,
  toParticipantScope,
} from "../participants/participants.repository";

/**
 * A person's matches in two statements (PostgreSQL: prepared, planned once per connection): what the access policy
 * needs with the latest career profile's preferences, then, once the policy has allowed it and the openings are
 * ranked, the access history's row, the open openings' fingerprint and the full records of the returned few. Each
 * statement is a round trip, a parse and a plan less than reading them one by one (the route was 6 statements).
 * Their text is built once (`buildOnce`), the values given at each request.
 */

const preferencesSchema = careerProfileDataSchema.shape.preferences;

export type MatchesSubject = { scope: ParticipantScopeFacts | null; profile: { version: number; preferences: MatchPreferences } | null };

type SubjectRow = {
  programId: string;
  peerSupporterId: string | null;
  careTeamConsent: boolean;
  referringServiceId: string | null;
  referentServiceIds: string[] | null;
  profileVersion: number | null;
  preferences: unknown;
};

/**
 * The person's access facts (as `findParticipantScope` reads them) and the preferences of their latest career
 * profile, re-read through the current schema (fields added later get their defaults). Read before the policy
 * decides, but nothing of it is returned or recorded unless it allows the read.
 */
const subjectStatement = buildOnce(
  sql`select ${participants.programId} as "programId", ${participants.peerSupporterId} as "peerSupporterId",
        ${careTeamConsentExists} as "careTeamConsent", ${participants.referringServiceId} as "referringServiceId",
        (${referentServiceIds})::text[] as "referentServiceIds", cp.version as "profileVersion", cp.preferences as "preferences"
      from ${participants}
      left join lateral (
        select ${careerProfiles.version} as version, ${careerProfiles.data} -> 'preferences' as preferences from ${careerProfiles}
        where ${careerProfiles.participantId} = ${participants.id} order by ${careerProfiles.version} desc limit 1
      ) cp on true
      where ${participants.id} = ${sql.placeholder("participantId")}`,
);

export const readMatchesSubject = async (read: PreparedRead, participantId: string): Promise<MatchesSubject> => {
  const [row] = await read<SubjectRow>("matches-subject", subjectStatement({ participantId }));
  if (!row) return { scope: null, profile: null };
  return {
    scope: toParticipantScope(row),
    profile: row.profileVersion === null ? null : { version: row.profileVersion, preferences: preferencesSchema.parse(row.preferences ?? undefined) },
  };
};

/** The access history's row of this read (`recordAudit`'s columns). */
export type MatchesAudit = {
  id: string;
  at: Date;
  userId: string | null;
  programId: string;
  participantId: string;
  action: string;
  recordType: string;
  recordId: string;
  ip: string | null;
};

const p = (name: keyof MatchesAudit | "ids") => sql.placeholder(name);
const openingsStatement = buildOnce(
  sql`with audit as (
      insert into ${auditLog} (id, at, user_id, program_id, participant_id, action, record_type, record_id, ip)
      values (${p("id")}, ${p("at")}::timestamptz, ${p("userId")}, ${p("programId")}, ${p("participantId")}, ${p("action")},
        ${p("recordType")}, ${p("recordId")}, ${p("ip")})
    )
    select f.n, f.h, (
      select json_agg(${openingJson}) from ${openings} inner join ${employers} on ${employers.id} = ${openings.employerId}
      where ${openings.id} = any(string_to_array(${p("ids")}, ',')::uuid[])
    ) as records
    from (${openOpeningsFingerprintSql(p("programId"))}) f`,
);

/**
 * Records the read in the access history and reads, in the same statement (one snapshot), the program's open
 * openings' fingerprint and the full records of `ids` (employer's name joined) in their order. An insert in a WITH
 * runs whether or not the rest reads it.
 */
export const recordReadAndReadOpenings = async (
  read: PreparedRead,
  audit: MatchesAudit,
  ids: readonly string[],
): Promise<{ fingerprint: string; records: Opening[] }> => {
  const [row] = await read<{ n: number | null; h: string | null; records: OpeningJson[] | null }>(
    "matches-openings",
    openingsStatement({ ...audit, at: audit.at.toISOString(), ids: ids.join(",") }),
  );
  const byId = new Map((row?.records ?? []).map((r) => [r.id, openingFromJson(r)]));
  return { fingerprint: fingerprintOf(row?.n, row?.h), records: ids.flatMap((id) => byId.get(id) ?? []) };
};
