CREATE TYPE "public"."alert_language" AS ENUM('cy', 'en', 'both');--> statement-breakpoint
ALTER TABLE "journalists" ADD COLUMN "alert_language" "alert_language";