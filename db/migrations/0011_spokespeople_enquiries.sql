CREATE TYPE "public"."media_enquiry_status" AS ENUM('open', 'assigned', 'answered', 'declined');--> statement-breakpoint
CREATE TABLE "spokespeople" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"role_title" text NOT NULL,
	"topics" text[] DEFAULT '{}'::text[] NOT NULL,
	"nations" "nation"[] DEFAULT '{}'::nation[] NOT NULL,
	"media_trained" boolean DEFAULT false NOT NULL,
	"media_trained_on" date,
	"bio" text DEFAULT '' NOT NULL,
	"availability" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "spokespeople_userId_unique" UNIQUE("user_id")
);
--> statement-breakpoint
CREATE TABLE "media_enquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"status" "media_enquiry_status" DEFAULT 'open' NOT NULL,
	"name" text NOT NULL,
	"outlet" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"deadline" timestamp with time zone NOT NULL,
	"topic" text NOT NULL,
	"question" text NOT NULL,
	"requested_spokesperson_id" uuid,
	"journalist_user_id" uuid,
	"assignee_user_id" uuid,
	"assigned_at" timestamp with time zone,
	"reply_text" text,
	"decline_reason" text,
	"closed_by_user_id" uuid,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "media_enquiries_number_unique" UNIQUE("number")
);
--> statement-breakpoint
ALTER TABLE "spokespeople" ADD CONSTRAINT "spokespeople_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_enquiries" ADD CONSTRAINT "media_enquiries_requested_spokesperson_id_spokespeople_id_fk" FOREIGN KEY ("requested_spokesperson_id") REFERENCES "public"."spokespeople"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_enquiries" ADD CONSTRAINT "media_enquiries_journalist_user_id_users_id_fk" FOREIGN KEY ("journalist_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_enquiries" ADD CONSTRAINT "media_enquiries_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "media_enquiries" ADD CONSTRAINT "media_enquiries_closed_by_user_id_users_id_fk" FOREIGN KEY ("closed_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "spokespeople_active_idx" ON "spokespeople" USING btree ("active");--> statement-breakpoint
CREATE INDEX "media_enquiries_status_deadline_idx" ON "media_enquiries" USING btree ("status","deadline");--> statement-breakpoint
CREATE INDEX "media_enquiries_journalist_idx" ON "media_enquiries" USING btree ("journalist_user_id");