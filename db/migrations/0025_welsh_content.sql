CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE OR REPLACE FUNCTION chorus_unaccent(text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;--> statement-breakpoint
ALTER TABLE "statement_versions" ADD COLUMN "title_cy" text;--> statement-breakpoint
ALTER TABLE "statement_versions" ADD COLUMN "summary_cy" text;--> statement-breakpoint
ALTER TABLE "statement_versions" ADD COLUMN "body_cy" text;--> statement-breakpoint
ALTER TABLE "statement_versions" ADD COLUMN "body_html_cy" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "title_cy" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "summary_cy" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "body_cy" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "body_html_cy" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "search_cy" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', chorus_unaccent(coalesce("statements"."title_cy", ''))), 'A') || setweight(to_tsvector('simple', chorus_unaccent(coalesce("statements"."summary_cy", ''))), 'B') || setweight(to_tsvector('simple', chorus_unaccent(coalesce("statements"."body_cy", ''))), 'C')) STORED;--> statement-breakpoint
ALTER TABLE "briefing_versions" ADD COLUMN "headline_cy" text;--> statement-breakpoint
ALTER TABLE "briefing_versions" ADD COLUMN "standfirst_cy" text;--> statement-breakpoint
ALTER TABLE "briefing_versions" ADD COLUMN "body_cy" text;--> statement-breakpoint
ALTER TABLE "briefing_versions" ADD COLUMN "key_facts_cy" text[];--> statement-breakpoint
ALTER TABLE "briefing_versions" ADD COLUMN "quotes_cy" jsonb;--> statement-breakpoint
ALTER TABLE "briefing_versions" ADD COLUMN "notes_to_editors_cy" text;--> statement-breakpoint
ALTER TABLE "briefings" ADD COLUMN "headline_cy" text;--> statement-breakpoint
ALTER TABLE "briefings" ADD COLUMN "standfirst_cy" text;--> statement-breakpoint
ALTER TABLE "briefings" ADD COLUMN "body_cy" text;--> statement-breakpoint
ALTER TABLE "briefings" ADD COLUMN "body_html_cy" text;--> statement-breakpoint
ALTER TABLE "briefings" ADD COLUMN "key_facts_cy" text[];--> statement-breakpoint
ALTER TABLE "briefings" ADD COLUMN "quotes_cy" jsonb;--> statement-breakpoint
ALTER TABLE "briefings" ADD COLUMN "notes_to_editors_cy" text;--> statement-breakpoint
ALTER TABLE "briefings" ADD COLUMN "search_cy" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', chorus_unaccent(coalesce("briefings"."headline_cy", ''))), 'A') || setweight(to_tsvector('simple', chorus_unaccent(coalesce("briefings"."standfirst_cy", ''))), 'B') || setweight(to_tsvector('simple', chorus_unaccent(coalesce("briefings"."body_cy", ''))), 'C')) STORED;--> statement-breakpoint
CREATE INDEX "statements_search_cy_idx" ON "statements" USING gin ("search_cy");--> statement-breakpoint
CREATE INDEX "briefings_search_cy_idx" ON "briefings" USING gin ("search_cy");