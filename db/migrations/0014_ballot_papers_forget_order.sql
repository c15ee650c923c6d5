DROP INDEX "ballot_papers_receipt_key";--> statement-breakpoint
ALTER TABLE "ballot_papers" DROP CONSTRAINT "ballot_papers_ballot_id_seq_pk";--> statement-breakpoint
ALTER TABLE "ballot_papers" DROP COLUMN "seq";--> statement-breakpoint
ALTER TABLE "ballot_papers" DROP COLUMN "receipt";--> statement-breakpoint
ALTER TABLE "ballot_papers" DROP COLUMN "prev_hash";--> statement-breakpoint
ALTER TABLE "ballots" DROP COLUMN "chain_head";