-- Poll answers go into the urn only while the poll is open (database clock), and a closed poll's
-- responses are never changed; an audience row, once frozen, cannot be unmarked or marked late.
CREATE OR REPLACE FUNCTION poll_urn_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    RAISE EXCEPTION 'poll answers cannot be changed';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM polls WHERE id = NEW.poll_id AND status = 'open' AND closes_at > now()) THEN
    RAISE EXCEPTION 'the poll has closed';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER poll_urn_guard BEFORE INSERT OR UPDATE ON poll_urn FOR EACH ROW EXECUTE FUNCTION poll_urn_guard();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION poll_responses_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'poll responses cannot be changed';
END $$;
--> statement-breakpoint
CREATE TRIGGER poll_responses_guard BEFORE UPDATE ON poll_responses FOR EACH ROW EXECUTE FUNCTION poll_responses_guard();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION poll_audience_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.responded AND NOT NEW.responded THEN
    RAISE EXCEPTION 'a response cannot be withdrawn';
  END IF;
  IF NEW.poll_id <> OLD.poll_id OR NEW.membership_id <> OLD.membership_id THEN
    RAISE EXCEPTION 'the audience of a poll cannot be moved';
  END IF;
  IF NEW.responded AND NOT OLD.responded AND NOT EXISTS (SELECT 1 FROM polls WHERE id = NEW.poll_id AND status = 'open' AND closes_at > now()) THEN
    RAISE EXCEPTION 'the poll has closed';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER poll_audience_guard BEFORE UPDATE ON poll_audience FOR EACH ROW EXECUTE FUNCTION poll_audience_guard();
