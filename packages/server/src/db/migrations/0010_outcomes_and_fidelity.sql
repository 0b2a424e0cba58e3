CREATE TABLE "caseload_episodes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"closure_reason" text
);
--> statement-breakpoint
CREATE TABLE "fidelity_reviews" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"scale_version" text NOT NULL,
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"reviewed_on" date NOT NULL,
	"reviewers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"items" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"action_plan" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_fidelity_settings" (
	"program_id" uuid PRIMARY KEY NOT NULL,
	"thresholds" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questionnaires" (
	"id" uuid PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"answered_on" date NOT NULL,
	"answers" jsonb NOT NULL,
	"score" smallint NOT NULL,
	"mode" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "fte" real DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "caseload_episodes" ADD CONSTRAINT "caseload_episodes_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "caseload_episodes" ADD CONSTRAINT "caseload_episodes_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fidelity_reviews" ADD CONSTRAINT "fidelity_reviews_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fidelity_reviews" ADD CONSTRAINT "fidelity_reviews_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_fidelity_settings" ADD CONSTRAINT "program_fidelity_settings_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_fidelity_settings" ADD CONSTRAINT "program_fidelity_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questionnaires" ADD CONSTRAINT "questionnaires_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "caseload_episodes_program_opened_idx" ON "caseload_episodes" USING btree ("program_id","opened_on");--> statement-breakpoint
CREATE INDEX "caseload_episodes_participant_idx" ON "caseload_episodes" USING btree ("participant_id","opened_on");--> statement-breakpoint
CREATE INDEX "fidelity_reviews_program_idx" ON "fidelity_reviews" USING btree ("program_id","period_to");--> statement-breakpoint
CREATE INDEX "questionnaires_participant_idx" ON "questionnaires" USING btree ("participant_id","answered_on");--> statement-breakpoint
CREATE INDEX "questionnaires_program_idx" ON "questionnaires" USING btree ("program_id","answered_on");--> statement-breakpoint
-- Backfill the caseload episodes from the records already there: the first opens on the referral date, each recorded
-- closure ends the running episode (on the day it was recorded, Paris time), each re-opening starts a new one.
WITH "marks" AS (
	SELECT p."id" AS "participant_id", p."program_id", p."referral_date" AS "day", 'open' AS "kind", NULL::text AS "reason", '-infinity'::timestamptz AS "at"
	FROM "participants" p
	UNION ALL
	SELECT e."participant_id", p."program_id", (e."at" AT TIME ZONE 'Europe/Paris')::date,
		CASE e."type" WHEN 'participant.reopened' THEN 'open' ELSE 'close' END, e."data"->>'closureReason', e."at"
	FROM "events" e JOIN "participants" p ON p."id" = e."participant_id"
	WHERE e."type" IN ('participant.closed', 'participant.reopened')
), "ordered" AS (
	SELECT m.*, lead(m."kind") OVER w AS "next_kind", lead(m."day") OVER w AS "next_day", lead(m."reason") OVER w AS "next_reason"
	FROM "marks" m WINDOW w AS (PARTITION BY m."participant_id" ORDER BY m."at")
)
INSERT INTO "caseload_episodes" ("id", "participant_id", "program_id", "opened_on", "closed_on", "closure_reason")
SELECT gen_random_uuid(), o."participant_id", o."program_id", o."day",
	CASE WHEN o."next_kind" = 'close' THEN greatest(o."next_day", o."day") END,
	CASE WHEN o."next_kind" = 'close' THEN o."next_reason" END
FROM "ordered" o WHERE o."kind" = 'open';
