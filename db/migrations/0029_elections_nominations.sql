CREATE TYPE "public"."candidate_order" AS ENUM('alphabetical', 'random');--> statement-breakpoint
CREATE TYPE "public"."nomination_status" AS ENUM('awaiting_acceptance', 'submitted', 'valid', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TABLE "nomination_supports" (
	"nomination_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "nomination_supports_nomination_id_membership_id_pk" PRIMARY KEY("nomination_id","membership_id")
);
--> statement-breakpoint
CREATE TABLE "nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ballot_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"nominated_by_id" uuid NOT NULL,
	"status" "nomination_status" NOT NULL,
	"statement" text DEFAULT '' NOT NULL,
	"statement_html" text DEFAULT '' NOT NULL,
	"support_count" integer DEFAULT 0 NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"rejected_reason" text,
	"withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ballot_candidates" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "scope_nations" "nation"[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "scope_branches" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "scope_tiers" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "returning_officer_id" uuid;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "nominations_close_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "nominations_closed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "supporters_needed" integer;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "statement_word_limit" integer;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "stand_tiers" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "stand_min_years" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "candidate_order" "candidate_order";--> statement-breakpoint
ALTER TABLE "nomination_supports" ADD CONSTRAINT "nomination_supports_nomination_id_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."nominations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nomination_supports" ADD CONSTRAINT "nomination_supports_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "nominations" ADD CONSTRAINT "nominations_nominated_by_id_memberships_id_fk" FOREIGN KEY ("nominated_by_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "nominations_ballot_member_key" ON "nominations" USING btree ("ballot_id","membership_id");--> statement-breakpoint
CREATE INDEX "nominations_ballot_idx" ON "nominations" USING btree ("ballot_id");