CREATE TYPE "public"."email_topic" AS ENUM('account', 'membership', 'ballots', 'consultations', 'statements', 'press_alerts', 'newsletters');--> statement-breakpoint
CREATE TYPE "public"."outbox_status" AS ENUM('pending', 'sending', 'sent', 'failed');--> statement-breakpoint
CREATE TYPE "public"."outbox_recipient_status" AS ENUM('pending', 'sent', 'skipped');--> statement-breakpoint
CREATE TABLE "email_preferences" (
	"user_id" uuid NOT NULL,
	"topic" "email_topic" NOT NULL,
	"subscribed" boolean NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "email_preferences_user_id_topic_pk" PRIMARY KEY("user_id","topic")
);
--> statement-breakpoint
CREATE TABLE "email_suppressions" (
	"email" text PRIMARY KEY NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_jobs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"template" text NOT NULL,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"topic" "email_topic" DEFAULT 'account' NOT NULL,
	"status" "outbox_status" DEFAULT 'pending' NOT NULL,
	"dedupe_key" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 8 NOT NULL,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_token" uuid,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outbox_recipients" (
	"job_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"email" text NOT NULL,
	"name" text,
	"user_id" uuid,
	"personal" jsonb,
	"status" "outbox_recipient_status" DEFAULT 'pending' NOT NULL,
	"skip_reason" text,
	"provider_message_id" text,
	CONSTRAINT "outbox_recipients_job_id_position_pk" PRIMARY KEY("job_id","position")
);
--> statement-breakpoint
CREATE TABLE "processed_webhooks" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_preferences" ADD CONSTRAINT "email_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox_recipients" ADD CONSTRAINT "outbox_recipients_job_id_outbox_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."outbox_jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_jobs_due_idx" ON "outbox_jobs" USING btree ("not_before") WHERE status in ('pending', 'sending');--> statement-breakpoint
CREATE INDEX "outbox_jobs_status_idx" ON "outbox_jobs" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_jobs_dedupe_key_key" ON "outbox_jobs" USING btree ("dedupe_key");