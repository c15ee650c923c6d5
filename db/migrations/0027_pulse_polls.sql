CREATE TYPE "public"."practice_area" AS ENUM('children_and_families', 'adults', 'mental_health_amhp', 'education', 'management', 'other');--> statement-breakpoint
CREATE TYPE "public"."poll_question_kind" AS ENUM('single', 'multiple', 'agree5', 'free_text');--> statement-breakpoint
CREATE TYPE "public"."poll_status" AS ENUM('draft', 'open', 'closed', 'published');--> statement-breakpoint
CREATE TABLE "poll_audience" (
	"poll_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"responded" boolean DEFAULT false NOT NULL,
	CONSTRAINT "poll_audience_poll_id_membership_id_pk" PRIMARY KEY("poll_id","membership_id")
);
--> statement-breakpoint
CREATE TABLE "poll_questions" (
	"poll_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "poll_question_kind" NOT NULL,
	"wording" text NOT NULL,
	"options" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "poll_questions_poll_id_position_pk" PRIMARY KEY("poll_id","position")
);
--> statement-breakpoint
CREATE TABLE "poll_responses" (
	"poll_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"nation" "nation",
	"practice_area" "practice_area",
	CONSTRAINT "poll_responses_poll_id_position_pk" PRIMARY KEY("poll_id","position")
);
--> statement-breakpoint
CREATE TABLE "poll_urn" (
	"poll_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"sealed" "bytea" NOT NULL,
	CONSTRAINT "poll_urn_poll_id_id_pk" PRIMARY KEY("poll_id","id")
);
--> statement-breakpoint
CREATE TABLE "polls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"status" "poll_status" DEFAULT 'draft' NOT NULL,
	"nations" text[],
	"branches" text[],
	"tiers" text[],
	"practice_areas" text[],
	"duration_hours" integer NOT NULL,
	"opens_at" timestamp with time zone,
	"closes_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	"audience_count" integer,
	"responded_count" integer,
	"responses_count" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD COLUMN "practice_area" "practice_area";--> statement-breakpoint
ALTER TABLE "poll_audience" ADD CONSTRAINT "poll_audience_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_audience" ADD CONSTRAINT "poll_audience_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_questions" ADD CONSTRAINT "poll_questions_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "poll_responses" ADD CONSTRAINT "poll_responses_poll_id_polls_id_fk" FOREIGN KEY ("poll_id") REFERENCES "public"."polls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "polls_closes_at_idx" ON "polls" USING btree ("closes_at");