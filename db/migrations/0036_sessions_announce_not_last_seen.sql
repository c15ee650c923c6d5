-- A session's last-seen time moves on once a minute while its member is active. That alone changes
-- nothing a kept page shows that matters (a session only lives longer for it), yet announcing it
-- sent a notification, and PostgreSQL commits notifying transactions one at a time: a burst of
-- members returning at once (a ballot opening, a story breaking) queued on it. Only changes to
-- anything else about a session, and its end, are announced.
DROP TRIGGER sessions_announce ON sessions;--> statement-breakpoint
CREATE TRIGGER sessions_announce_end AFTER DELETE ON sessions FOR EACH ROW EXECUTE FUNCTION announce_reader_change('user_id');--> statement-breakpoint
CREATE TRIGGER sessions_announce_change AFTER UPDATE ON sessions FOR EACH ROW
  WHEN ((to_jsonb(OLD) - 'last_seen_at') IS DISTINCT FROM (to_jsonb(NEW) - 'last_seen_at'))
  EXECUTE FUNCTION announce_reader_change('user_id');
