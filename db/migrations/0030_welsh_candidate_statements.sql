ALTER TABLE "ballot_candidates" ADD COLUMN "statement_cy" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "statement_cy" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "nominations" ADD COLUMN "statement_cy_html" text DEFAULT '' NOT NULL;