DROP INDEX "employers_program_search_name_idx";--> statement-breakpoint
DROP INDEX "employers_search_name_trgm_idx";--> statement-breakpoint
CREATE INDEX "employers_program_name_c_idx" ON "employers" USING btree ("program_id",("search_name" collate "C"),"id");--> statement-breakpoint
CREATE INDEX "employers_search_name_tail_trgm_idx" ON "employers" USING gin (substr("search_name", 2) gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "openings_open_versions_idx" ON "openings" USING btree ("program_id","id","version") WHERE "openings"."status" = 'open';