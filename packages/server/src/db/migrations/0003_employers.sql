CREATE TABLE "employer_contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"employer_id" uuid NOT NULL,
	"author_id" uuid,
	"date" date NOT NULL,
	"face_to_face" boolean NOT NULL,
	"kind" text NOT NULL,
	"participant_ids" uuid[] DEFAULT '{}' NOT NULL,
	"people_met" text[] DEFAULT '{}' NOT NULL,
	"purpose" text DEFAULT '' NOT NULL,
	"hiring_needs" text DEFAULT '' NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"next_step" text DEFAULT '' NOT NULL,
	"next_step_date" date,
	"next_step_done_on" date,
	"attendees" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "employers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"siret" text,
	"naf_code" text,
	"setting" text DEFAULT 'ordinary' NOT NULL,
	"address" text,
	"place" jsonb,
	"size" text,
	"stage" text DEFAULT 'prospect' NOT NULL,
	"contact_people" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"specialist_ids" uuid[] DEFAULT '{}' NOT NULL,
	"last_contact_date" date,
	"next_step_date" date,
	"search_name" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "public"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contacts" ADD CONSTRAINT "employer_contacts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employers" ADD CONSTRAINT "employers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_contacts_employer_date_idx" ON "employer_contacts" USING btree ("employer_id","date");--> statement-breakpoint
CREATE INDEX "employer_contacts_program_date_idx" ON "employer_contacts" USING btree ("program_id","date");--> statement-breakpoint
CREATE INDEX "employers_program_search_name_idx" ON "employers" USING btree ("program_id","search_name" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "employers_program_stage_idx" ON "employers" USING btree ("program_id","stage");