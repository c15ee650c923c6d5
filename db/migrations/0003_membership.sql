CREATE TYPE "public"."billing_interval" AS ENUM('year', 'month');--> statement-breakpoint
CREATE TYPE "public"."membership_status" AS ENUM('pending_payment', 'active', 'past_due', 'lapsed', 'cancelled', 'resigned');--> statement-breakpoint
CREATE TYPE "public"."nation" AS ENUM('england', 'scotland', 'wales', 'northern_ireland');--> statement-breakpoint
CREATE TYPE "public"."regulator" AS ENUM('swe', 'sssc', 'scw', 'niscc');--> statement-breakpoint
CREATE TABLE "memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" bigserial NOT NULL,
	"user_id" uuid,
	"tier_id" text NOT NULL,
	"interval" "billing_interval" DEFAULT 'year' NOT NULL,
	"status" "membership_status" DEFAULT 'pending_payment' NOT NULL,
	"regulator" "regulator",
	"registration_number" text,
	"registration_verified_at" timestamp with time zone,
	"registration_verified_by" uuid,
	"registration_rejected_reason" text,
	"nation" "nation",
	"branch" text,
	"sector" text,
	"consented_terms_at" timestamp with time zone,
	"stripe_customer_id" text,
	"stripe_subscription_id" text,
	"current_period_end" timestamp with time zone,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"past_due_since" timestamp with time zone,
	"stripe_version" text,
	"joined_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "memberships_number_unique" UNIQUE("number")
);
--> statement-breakpoint
CREATE TABLE "payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"membership_id" uuid NOT NULL,
	"stripe_invoice_id" text NOT NULL,
	"amount_pence" integer NOT NULL,
	"currency" text NOT NULL,
	"paid_at" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone,
	CONSTRAINT "payments_stripeInvoiceId_unique" UNIQUE("stripe_invoice_id")
);
--> statement-breakpoint
CREATE TABLE "tiers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text NOT NULL,
	"annual_price_pence" integer NOT NULL,
	"monthly_price_pence" integer,
	"stripe_annual_price_id" text,
	"stripe_monthly_price_id" text,
	"voting_rights" boolean NOT NULL,
	"requires_registration" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "memberships" ADD CONSTRAINT "memberships_tier_id_tiers_id_fk" FOREIGN KEY ("tier_id") REFERENCES "public"."tiers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_membership_id_memberships_id_fk" FOREIGN KEY ("membership_id") REFERENCES "public"."memberships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_user_id_key" ON "memberships" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_registration_key" ON "memberships" USING btree ("regulator","registration_number") WHERE registration_number is not null and status not in ('resigned', 'cancelled', 'lapsed');--> statement-breakpoint
CREATE UNIQUE INDEX "memberships_stripe_subscription_key" ON "memberships" USING btree ("stripe_subscription_id");--> statement-breakpoint
CREATE INDEX "memberships_stripe_customer_idx" ON "memberships" USING btree ("stripe_customer_id");--> statement-breakpoint
CREATE INDEX "memberships_status_idx" ON "memberships" USING btree ("status");