ALTER TABLE "briefing_embargo_views" DROP CONSTRAINT "briefing_embargo_views_user_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "briefing_embargo_views" ALTER COLUMN "user_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "briefing_embargo_views" ADD COLUMN "viewer_name" text;--> statement-breakpoint
ALTER TABLE "briefing_embargo_views" ADD COLUMN "viewer_outlet" text;--> statement-breakpoint
UPDATE "briefing_embargo_views" v SET "viewer_name" = u."name", "viewer_outlet" = coalesce(j."outlet", '')
  FROM "users" u LEFT JOIN "journalists" j ON j."user_id" = u."id" WHERE u."id" = v."user_id";--> statement-breakpoint
ALTER TABLE "briefing_embargo_views" ALTER COLUMN "viewer_name" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "briefing_embargo_views" ALTER COLUMN "viewer_outlet" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "briefing_embargo_views" ADD CONSTRAINT "briefing_embargo_views_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "briefing_embargo_views_user_idx" ON "briefing_embargo_views" USING btree ("user_id");--> statement-breakpoint
CREATE FUNCTION refuse_embargo_view_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The one change allowed: a deleted account's link is cleared (ON DELETE SET NULL).
  IF TG_OP = 'UPDATE' AND NEW.user_id IS NULL
     AND (NEW.id, NEW.briefing_id, NEW.viewer_name, NEW.viewer_outlet, NEW.viewed_at) = (OLD.id, OLD.briefing_id, OLD.viewer_name, OLD.viewer_outlet, OLD.viewed_at) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'briefing_embargo_views is append-only';
END;
$$;--> statement-breakpoint
CREATE TRIGGER briefing_embargo_views_append_only
  BEFORE UPDATE OR DELETE ON briefing_embargo_views
  FOR EACH ROW EXECUTE FUNCTION refuse_embargo_view_change();
