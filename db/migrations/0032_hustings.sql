CREATE TYPE "public"."hustings_question_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "hustings_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question_id" uuid NOT NULL,
	"ballot_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"answer" text NOT NULL,
	"answer_html" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hustings_questions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"ballot_id" uuid NOT NULL,
	"membership_id" uuid NOT NULL,
	"question" text NOT NULL,
	"status" "hustings_question_status" DEFAULT 'pending' NOT NULL,
	"moderated_by" uuid,
	"moderated_at" timestamp with time zone,
	"rejected_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hustings_answers" ADD CONSTRAINT "hustings_answers_question_id_hustings_questions_id_fk" FOREIGN KEY ("question_id") REFERENCES "public"."hustings_questions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hustings_answers" ADD CONSTRAINT "hustings_answers_candidate_fk" FOREIGN KEY ("ballot_id","position") REFERENCES "public"."ballot_candidates"("ballot_id","position") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hustings_questions" ADD CONSTRAINT "hustings_questions_ballot_id_ballots_id_fk" FOREIGN KEY ("ballot_id") REFERENCES "public"."ballots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hustings_questions" ADD CONSTRAINT "hustings_questions_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "hustings_answers_question_candidate_key" ON "hustings_answers" USING btree ("question_id","position");--> statement-breakpoint
CREATE INDEX "hustings_questions_ballot_idx" ON "hustings_questions" USING btree ("ballot_id","status");