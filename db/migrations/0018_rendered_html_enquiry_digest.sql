ALTER TABLE "statement_versions" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "briefings" ADD COLUMN "body_html" text;--> statement-breakpoint
ALTER TABLE "media_enquiries" ADD COLUMN "digested_at" timestamp with time zone;