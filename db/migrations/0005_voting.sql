CREATE TYPE "public"."ballot_kind" AS ENUM('motion', 'election');--> statement-breakpoint
CREATE TYPE "public"."ballot_status" AS ENUM('draft', 'scheduled', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."motion_threshold" AS ENUM('simple', 'two_thirds');--> statement-breakpoint
CREATE TABLE "ballot_candidates" (
	"ballot_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"statement" text DEFAULT '' NOT NULL,
	CONSTRAINT "ballot_candidates_ballot_id_position_pk" PRIMARY KEY("ballot_id","position")
);
--> statement-breakpoint
CREATE TABLE "ballot_electors" (
	"ballot_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"voted" boolean DEFAULT false NOT NULL,
	CONSTRAINT "ballot_electors_ballot_id_membership_id_pk" PRIMARY KEY("ballot_id","membership_id")
);
--> statement-breakpoint
CREATE TABLE "ballot_papers" (
	"ballot_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"receipt" text NOT NULL,
	"choice" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "ballot_papers_ballot_id_seq_pk" PRIMARY KEY("ballot_id","seq")
);
--> statement-breakpoint
CREATE TABLE "ballots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "ballot_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"status" "ballot_status" DEFAULT 'draft' NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"closes_at" timestamp with time zone NOT NULL,
	"frozen_at" timestamp with time zone,
	"electorate_count" integer,
	"counted_at" timestamp with time zone,
	"result" jsonb,
	"seats" integer,
	"threshold" "motion_threshold",
	"quorum_percent" integer,
	"chain_head" text,
	"papers_count" integer DEFAULT 0 NOT NULL,
	"lot_seed" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ballot_candidates" ADD CONSTRAINT "ballot_candidates_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_electors" ADD CONSTRAINT "ballot_electors_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_electors" ADD CONSTRAINT "ballot_electors_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ballot_papers" ADD CONSTRAINT "ballot_papers_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ballot_papers_receipt_key" ON "ballot_papers" USING btree ("ballot_id","receipt");--> statement-breakpoint
CREATE INDEX "ballots_opens_at_idx" ON "ballots" USING btree ("opens_at");--> statement-breakpoint
CREATE INDEX "ballots_closes_at_idx" ON "ballots" USING btree ("closes_at");