ALTER TABLE "member_motions" ADD COLUMN "scope_nations" "nation"[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "member_motions" ADD COLUMN "scope_branches" text[] DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE "member_motions" ADD COLUMN "scope_tiers" text[] DEFAULT '{}' NOT NULL;