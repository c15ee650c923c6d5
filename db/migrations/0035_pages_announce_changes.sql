-- The pages a server keeps for a signed-in reader (app/utils/page-cache.server.ts) are made from
-- these tables. Each announces its changes on the page cache's channel when the change commits,
-- whatever made it (a form, a webhook, the worker, an operator's SQL), so every server forgets
-- what it kept. A change to one person's rows names them ('u:' and their id): only their pages
-- go. A change to rows everyone sees ('*') forgets every kept page. PostgreSQL delivers one
-- notification per distinct payload per transaction, so a change to many rows says each once.
CREATE FUNCTION announce_reader_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  before text;
  after text;
BEGIN
  IF TG_OP <> 'INSERT' THEN before := to_jsonb(OLD) ->> TG_ARGV[0]; END IF;
  IF TG_OP <> 'DELETE' THEN after := to_jsonb(NEW) ->> TG_ARGV[0]; END IF;
  IF before IS NOT NULL THEN PERFORM pg_notify('chorus_page_cache', 'u:' || before); END IF;
  IF after IS NOT NULL AND after IS DISTINCT FROM before THEN PERFORM pg_notify('chorus_page_cache', 'u:' || after); END IF;
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE FUNCTION announce_shared_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('chorus_page_cache', '*');
  RETURN NULL;
END;
$$;--> statement-breakpoint
CREATE TRIGGER users_announce AFTER UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION announce_reader_change('id');--> statement-breakpoint
CREATE TRIGGER sessions_announce AFTER UPDATE OR DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION announce_reader_change('user_id');--> statement-breakpoint
CREATE TRIGGER totp_credentials_announce AFTER INSERT OR UPDATE OR DELETE ON totp_credentials FOR EACH ROW EXECUTE FUNCTION announce_reader_change('user_id');--> statement-breakpoint
CREATE TRIGGER memberships_announce AFTER INSERT OR UPDATE OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION announce_reader_change('user_id');--> statement-breakpoint
CREATE TRIGGER email_preferences_announce AFTER INSERT OR UPDATE OR DELETE ON email_preferences FOR EACH ROW EXECUTE FUNCTION announce_reader_change('user_id');--> statement-breakpoint
CREATE TRIGGER journalists_announce AFTER INSERT OR UPDATE OR DELETE ON journalists FOR EACH ROW EXECUTE FUNCTION announce_reader_change('user_id');--> statement-breakpoint
CREATE TRIGGER tiers_announce AFTER INSERT OR UPDATE OR DELETE ON tiers FOR EACH ROW EXECUTE FUNCTION announce_shared_change();--> statement-breakpoint
CREATE TRIGGER ballots_announce AFTER INSERT OR UPDATE OR DELETE ON ballots FOR EACH ROW EXECUTE FUNCTION announce_shared_change();--> statement-breakpoint
CREATE TRIGGER briefings_announce AFTER INSERT OR UPDATE OR DELETE ON briefings FOR EACH ROW EXECUTE FUNCTION announce_shared_change();--> statement-breakpoint
CREATE TRIGGER briefing_versions_announce AFTER INSERT OR UPDATE OR DELETE ON briefing_versions FOR EACH ROW EXECUTE FUNCTION announce_shared_change();--> statement-breakpoint
CREATE TRIGGER statements_announce AFTER INSERT OR UPDATE OR DELETE ON statements FOR EACH ROW EXECUTE FUNCTION announce_shared_change();--> statement-breakpoint
CREATE TRIGGER spokespeople_announce AFTER INSERT OR UPDATE OR DELETE ON spokespeople FOR EACH ROW EXECUTE FUNCTION announce_shared_change();
