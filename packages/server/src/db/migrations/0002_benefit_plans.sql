CREATE TABLE "benefit_plans" (
	"id" uuid PRIMARY KEY NOT NULL,
	"participant_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"country" text NOT NULL,
	"plan_date" date NOT NULL,
	"situation" jsonb NOT NULL,
	"scenarios" jsonb NOT NULL,
	"results" jsonb NOT NULL,
	"return_to_work_cumulation" boolean NOT NULL,
	"decision" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "benefit_plans" ADD CONSTRAINT "benefit_plans_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_plans" ADD CONSTRAINT "benefit_plans_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "benefit_plans" ADD CONSTRAINT "benefit_plans_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "benefit_plans_participant_idx" ON "benefit_plans" USING btree ("participant_id","plan_date","created_at");--> statement-breakpoint
CREATE INDEX "benefit_plans_program_date_idx" ON "benefit_plans" USING btree ("program_id","plan_date");