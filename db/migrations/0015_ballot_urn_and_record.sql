CREATE TABLE "ballot_receipts" (
	"ballot_id" uuid NOT NULL,
	"receipt" text NOT NULL,
	CONSTRAINT "ballot_receipts_ballot_id_receipt_pk" PRIMARY KEY("ballot_id","receipt")
);
--> statement-breakpoint
CREATE TABLE "ballot_urn" (
	"ballot_id" uuid NOT NULL,
	"tag" text NOT NULL,
	"sealed" "bytea" NOT NULL,
	CONSTRAINT "ballot_urn_ballot_id_tag_pk" PRIMARY KEY("ballot_id","tag")
);
--> statement-breakpoint
ALTER TABLE "ballot_electors" ADD COLUMN "attempt_mark" text;--> statement-breakpoint
ALTER TABLE "ballot_papers" ADD COLUMN "position" integer;--> statement-breakpoint
ALTER TABLE "ballot_papers" ADD COLUMN "nonce" text;--> statement-breakpoint
ALTER TABLE "ballot_papers" DISABLE TRIGGER "ballot_papers_append_only";--> statement-breakpoint
UPDATE "ballot_papers" p SET "position" = n.rn, "nonce" = 'legacy' FROM (SELECT ctid, row_number() OVER (PARTITION BY ballot_id ORDER BY hash) AS rn FROM "ballot_papers") n WHERE p.ctid = n.ctid;--> statement-breakpoint
ALTER TABLE "ballot_papers" ENABLE TRIGGER "ballot_papers_append_only";--> statement-breakpoint
ALTER TABLE "ballot_papers" ALTER COLUMN "position" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "ballot_papers" ALTER COLUMN "nonce" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "ballot_papers" ADD CONSTRAINT "ballot_papers_ballot_id_position_pk" PRIMARY KEY("ballot_id","position");--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "sealed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "commitment" text;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "receipts_root" text;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "papers_root" text;--> statement-breakpoint
ALTER TABLE "ballots" ADD COLUMN "voted_count" integer;--> statement-breakpoint
ALTER TABLE "ballot_receipts" ADD CONSTRAINT "ballot_receipts_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE no action ON UPDATE no action;