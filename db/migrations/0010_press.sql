CREATE TYPE "public"."briefing_status" AS ENUM('draft', 'awaiting_approval', 'scheduled', 'published', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."briefing_template" AS ENUM('serious_case_review', 'social_worker_named', 'government_announcement', 'other');--> statement-breakpoint
CREATE TYPE "public"."journalist_status" AS ENUM('pending', 'approved', 'declined');--> statement-breakpoint
CREATE TABLE "briefing_embargo_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"briefing_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"viewed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "briefing_statements" (
	"briefing_id" uuid NOT NULL,
	"statement_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "briefing_statements_briefing_id_statement_id_pk" PRIMARY KEY("briefing_id","statement_id")
);
--> statement-breakpoint
CREATE TABLE "briefing_versions" (
	"briefing_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"headline" text NOT NULL,
	"standfirst" text NOT NULL,
	"body" text NOT NULL,
	"key_facts" text[] NOT NULL,
	"quotes" jsonb NOT NULL,
	"notes_to_editors" text NOT NULL,
	"correction_note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "briefing_versions_briefing_id_version_pk" PRIMARY KEY("briefing_id","version")
);
--> statement-breakpoint
CREATE TABLE "briefings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"template" "briefing_template" DEFAULT 'other' NOT NULL,
	"headline" text NOT NULL,
	"standfirst" text DEFAULT '' NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"key_facts" text[] DEFAULT '{}'::text[] NOT NULL,
	"quotes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"notes_to_editors" text DEFAULT '' NOT NULL,
	"contact_name" text DEFAULT '' NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"contact_phone" text DEFAULT '' NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "briefing_status" DEFAULT 'draft' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"embargo_until" timestamp with time zone,
	"published_at" timestamp with time zone,
	"issued_at" timestamp with time zone,
	"corrected_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	"withdrawal_notice" text,
	"alert_round" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"approved_by" uuid,
	"approved_at" timestamp with time zone,
	"published_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce("briefings"."headline", '')), 'A') || setweight(to_tsvector('english', coalesce("briefings"."standfirst", '')), 'B') || setweight(to_tsvector('english', coalesce("briefings"."body", '')), 'C')) STORED,
	CONSTRAINT "briefings_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "journalist_alert_topics" (
	"user_id" uuid NOT NULL,
	"topic" text NOT NULL,
	CONSTRAINT "journalist_alert_topics_user_id_topic_pk" PRIMARY KEY("user_id","topic")
);
--> statement-breakpoint
CREATE TABLE "journalists" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"outlet" text NOT NULL,
	"job_title" text NOT NULL,
	"work_email" text NOT NULL,
	"beats" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" "journalist_status" DEFAULT 'pending' NOT NULL,
	"alert_all_topics" boolean DEFAULT true NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"decline_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "press_settings" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"second_approval_required" boolean DEFAULT false NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_settings_single_row" CHECK ("press_settings"."id")
);
--> statement-breakpoint
CREATE TABLE "press_subscribers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"confirmed_at" timestamp with time zone,
	"confirm_token_hash" text,
	"unsubscribe_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "press_subscribers_unsubscribeToken_unique" UNIQUE("unsubscribe_token")
);
--> statement-breakpoint
ALTER TABLE "briefing_embargo_views" ADD CONSTRAINT "briefing_embargo_views_briefing_id_briefings_id_fk" FOREIGN KEY ("briefing_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefing_embargo_views" ADD CONSTRAINT "briefing_embargo_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefing_statements" ADD CONSTRAINT "briefing_statements_briefing_id_briefings_id_fk" FOREIGN KEY ("briefing_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefing_statements" ADD CONSTRAINT "briefing_statements_statement_id_statements_id_fk" FOREIGN KEY ("statement_id") REFERENCES "public"."statements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefing_versions" ADD CONSTRAINT "briefing_versions_briefing_id_briefings_id_fk" FOREIGN KEY ("briefing_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefing_versions" ADD CONSTRAINT "briefing_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefings" ADD CONSTRAINT "briefings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefings" ADD CONSTRAINT "briefings_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefings" ADD CONSTRAINT "briefings_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journalist_alert_topics" ADD CONSTRAINT "journalist_alert_topics_user_id_journalists_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."journalists"("user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journalists" ADD CONSTRAINT "journalists_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journalists" ADD CONSTRAINT "journalists_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "press_settings" ADD CONSTRAINT "press_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "briefing_embargo_views_briefing_idx" ON "briefing_embargo_views" USING btree ("briefing_id","viewed_at");--> statement-breakpoint
CREATE INDEX "briefing_statements_statement_idx" ON "briefing_statements" USING btree ("statement_id");--> statement-breakpoint
CREATE INDEX "briefings_search_idx" ON "briefings" USING gin ("search");--> statement-breakpoint
CREATE INDEX "briefings_public_idx" ON "briefings" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "journalist_alert_topics_topic_idx" ON "journalist_alert_topics" USING btree ("topic");--> statement-breakpoint
CREATE INDEX "journalists_status_idx" ON "journalists" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "press_subscribers_email_key" ON "press_subscribers" USING btree (lower("email"));