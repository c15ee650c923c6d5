CREATE TYPE "public"."member_motion_status" AS ENUM('gathering', 'awaiting_officers', 'scheduled', 'declined');--> statement-breakpoint
CREATE TABLE "member_motions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL,
	"rationale" text NOT NULL,
	"proposer_id" uuid NOT NULL,
	"seconder_id" uuid,
	"status" "member_motion_status" DEFAULT 'gathering' NOT NULL,
	"support_threshold" integer NOT NULL,
	"support_count" integer DEFAULT 0 NOT NULL,
	"threshold_reached_at" timestamp with time zone,
	"respond_by" timestamp with time zone,
	"response" text,
	"ballot_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "motion_supports" (
	"motion_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "motion_supports_motion_id_membership_id_pk" PRIMARY KEY("motion_id","membership_id")
);
--> statement-breakpoint
ALTER TABLE "member_motions" ADD CONSTRAINT "member_motions_proposer_id_memberships_id_fk" FOREIGN KEY ("proposer_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_motions" ADD CONSTRAINT "member_motions_seconder_id_memberships_id_fk" FOREIGN KEY ("seconder_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_motions" ADD CONSTRAINT "member_motions_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion_supports" ADD CONSTRAINT "motion_supports_motion_id_member_motions_id_fk" FOREIGN KEY ("motion_id") REFERENCES "public"."member_motions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "motion_supports" ADD CONSTRAINT "motion_supports_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;