CREATE TABLE "employer_contact_people" (
	"employer_contact_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"program_id" uuid NOT NULL,
	"date" date NOT NULL,
	"face_to_face" boolean NOT NULL,
	"kind" text NOT NULL,
	CONSTRAINT "employer_contact_people_employer_contact_id_participant_id_pk" PRIMARY KEY("employer_contact_id","participant_id")
);
--> statement-breakpoint
ALTER TABLE "employer_contact_people" ADD CONSTRAINT "employer_contact_people_employer_contact_id_employer_contacts_id_fk" FOREIGN KEY ("employer_contact_id") REFERENCES "public"."employer_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contact_people" ADD CONSTRAINT "employer_contact_people_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "employer_contact_people" ADD CONSTRAINT "employer_contact_people_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "employer_contact_people_participant_idx" ON "employer_contact_people" USING btree ("participant_id","face_to_face","kind","date");--> statement-breakpoint
CREATE INDEX "employer_contacts_open_step_author_idx" ON "employer_contacts" USING btree ("author_id","next_step_date") WHERE "employer_contacts"."next_step_done_on" is null and "employer_contacts"."next_step_date" is not null;--> statement-breakpoint
CREATE INDEX "employer_contacts_open_step_program_idx" ON "employer_contacts" USING btree ("program_id","next_step_date") WHERE "employer_contacts"."next_step_done_on" is null and "employer_contacts"."next_step_date" is not null;--> statement-breakpoint
CREATE INDEX "employer_contacts_thread_idx" ON "employer_contacts" USING btree ("employer_id","author_id","date","created_at","id");--> statement-breakpoint
CREATE INDEX "employers_search_name_trgm_idx" ON "employers" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
-- The contacts already logged get their rows (participants that no longer exist are skipped).
INSERT INTO "employer_contact_people" ("employer_contact_id", "participant_id", "program_id", "date", "face_to_face", "kind")
SELECT c."id", p."id", c."program_id", c."date", c."face_to_face", c."kind"
FROM "employer_contacts" c CROSS JOIN LATERAL unnest(c."participant_ids") AS u("pid") JOIN "participants" p ON p."id" = u."pid"
ON CONFLICT DO NOTHING;
