CREATE SEQUENCE "public"."outcome_data_version_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "outcome_data_versions" (
	"program_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT nextval('outcome_data_version_seq') NOT NULL
);
--> statement-breakpoint
ALTER TABLE "outcome_data_versions" ADD CONSTRAINT "outcome_data_versions_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- ADR 0011: a program's outcome data version moves with every write its trends read, in the writing transaction,
-- whatever module, import or script writes. Statement-level triggers (one per event: PostgreSQL allows transition
-- tables only on single-event triggers), so a statement of 10,000 rows bumps each program once.
INSERT INTO "outcome_data_versions" ("program_id") SELECT "id" FROM "programs";--> statement-breakpoint
-- The programs in `changed` that still exist (a cascade from a deleted program has nothing left to version), in id
-- order so two transactions bumping the same programs lock their rows in the same order.
CREATE FUNCTION "bump_outcome_data_versions"(changed uuid[]) RETURNS void LANGUAGE sql AS $$
  INSERT INTO outcome_data_versions (program_id, version)
  SELECT pr.id, nextval('outcome_data_version_seq') FROM programs pr WHERE pr.id = ANY (changed) ORDER BY pr.id
  ON CONFLICT (program_id) DO UPDATE SET version = excluded.version
$$;--> statement-breakpoint
-- A person: created or deleted, moved to another program, or given to another specialist (a specialist's trends).
CREATE FUNCTION "participants_outcome_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM bump_outcome_data_versions(array(SELECT DISTINCT program_id FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_outcome_data_versions(array(SELECT DISTINCT program_id FROM old_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM bump_outcome_data_versions(array(
      SELECT unnest(ARRAY[o.program_id, n.program_id]) FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE o.program_id IS DISTINCT FROM n.program_id OR o.specialist_id IS DISTINCT FROM n.specialist_id));
  ELSE
    PERFORM bump_outcome_data_versions(array(SELECT id FROM programs));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- An episode or a job: its program and its person's current program (the trends count a person where they are now).
CREATE FUNCTION "outcome_rows_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
    PERFORM bump_outcome_data_versions(array(SELECT id FROM programs));
  ELSIF TG_OP = 'INSERT' THEN
    PERFORM bump_outcome_data_versions(array(
      SELECT r.program_id FROM new_rows r UNION SELECT p.program_id FROM new_rows r JOIN participants p ON p.id = r.participant_id));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM bump_outcome_data_versions(array(
      SELECT r.program_id FROM old_rows r UNION SELECT p.program_id FROM old_rows r JOIN participants p ON p.id = r.participant_id));
  ELSE
    PERFORM bump_outcome_data_versions(array(
      SELECT r.program_id FROM new_rows r UNION SELECT r.program_id FROM old_rows r
      UNION SELECT p.program_id FROM participants p WHERE p.id IN (SELECT participant_id FROM new_rows UNION SELECT participant_id FROM old_rows)));
  END IF;
  RETURN NULL;
END $$;--> statement-breakpoint
-- An employer's setting decides whether its jobs are competitive: the programs of the people who hold them.
CREATE FUNCTION "employers_outcome_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_outcome_data_versions(array(
    SELECT unnest(ARRAY[j.program_id, p.program_id])
    FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN jobs j ON j.employer_id = n.id JOIN participants p ON p.id = j.participant_id
    WHERE o.setting IS DISTINCT FROM n.setting));
  RETURN NULL;
END $$;--> statement-breakpoint
-- A program's country decides the minimum wage its jobs are held to: the program and those of its jobs' people.
CREATE FUNCTION "programs_outcome_data_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM bump_outcome_data_versions(array(
    SELECT n.id FROM old_rows o JOIN new_rows n ON n.id = o.id WHERE o.country IS DISTINCT FROM n.country
    UNION
    SELECT p.program_id FROM old_rows o JOIN new_rows n ON n.id = o.id JOIN jobs j ON j.program_id = n.id JOIN participants p ON p.id = j.participant_id
    WHERE o.country IS DISTINCT FROM n.country));
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "participants_outcome_insert" AFTER INSERT ON "participants" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participants_outcome_data_changed();--> statement-breakpoint
CREATE TRIGGER "participants_outcome_update" AFTER UPDATE ON "participants" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION participants_outcome_data_changed();--> statement-breakpoint
CREATE TRIGGER "participants_outcome_delete" AFTER DELETE ON "participants" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION participants_outcome_data_changed();--> statement-breakpoint
CREATE TRIGGER "participants_outcome_truncate" AFTER TRUNCATE ON "participants" FOR EACH STATEMENT EXECUTE FUNCTION participants_outcome_data_changed();--> statement-breakpoint
CREATE TRIGGER "caseload_episodes_outcome_insert" AFTER INSERT ON "caseload_episodes" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_rows_changed();--> statement-breakpoint
CREATE TRIGGER "caseload_episodes_outcome_update" AFTER UPDATE ON "caseload_episodes" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_rows_changed();--> statement-breakpoint
CREATE TRIGGER "caseload_episodes_outcome_delete" AFTER DELETE ON "caseload_episodes" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_rows_changed();--> statement-breakpoint
CREATE TRIGGER "caseload_episodes_outcome_truncate" AFTER TRUNCATE ON "caseload_episodes" FOR EACH STATEMENT EXECUTE FUNCTION outcome_rows_changed();--> statement-breakpoint
CREATE TRIGGER "jobs_outcome_insert" AFTER INSERT ON "jobs" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_rows_changed();--> statement-breakpoint
CREATE TRIGGER "jobs_outcome_update" AFTER UPDATE ON "jobs" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_rows_changed();--> statement-breakpoint
CREATE TRIGGER "jobs_outcome_delete" AFTER DELETE ON "jobs" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION outcome_rows_changed();--> statement-breakpoint
CREATE TRIGGER "jobs_outcome_truncate" AFTER TRUNCATE ON "jobs" FOR EACH STATEMENT EXECUTE FUNCTION outcome_rows_changed();--> statement-breakpoint
CREATE TRIGGER "employers_outcome_update" AFTER UPDATE ON "employers" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION employers_outcome_data_changed();--> statement-breakpoint
CREATE TRIGGER "programs_outcome_update" AFTER UPDATE ON "programs" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION programs_outcome_data_changed();
