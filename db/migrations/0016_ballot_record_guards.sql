-- The public record of a ballot cannot grow after it is sealed, and papers appear only after close.
CREATE FUNCTION guard_ballot_record_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE b record;
BEGIN
  SELECT sealed_at, closes_at INTO b FROM ballots WHERE id = NEW.ballot_id;
  IF b.sealed_at IS NOT NULL THEN
    RAISE EXCEPTION 'ballot % is sealed: nothing can be added to its record', NEW.ballot_id USING ERRCODE = 'check_violation';
  END IF;
  IF clock_timestamp() < b.closes_at THEN
    RAISE EXCEPTION 'ballot % is still open: papers are written only at close', NEW.ballot_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER ballot_papers_sealed BEFORE INSERT ON ballot_papers FOR EACH ROW EXECUTE FUNCTION guard_ballot_record_insert();--> statement-breakpoint
CREATE TRIGGER ballot_receipts_sealed BEFORE INSERT ON ballot_receipts FOR EACH ROW EXECUTE FUNCTION guard_ballot_record_insert();--> statement-breakpoint
CREATE TRIGGER ballot_receipts_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON ballot_receipts FOR EACH STATEMENT EXECUTE FUNCTION refuse_ballot_paper_change();--> statement-breakpoint

-- The electorate: fixed once frozen; a mark goes one way, only while voting is open.
CREATE FUNCTION guard_ballot_electors() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE b record;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT frozen_at INTO b FROM ballots WHERE id = OLD.ballot_id;
    IF b.frozen_at IS NOT NULL THEN
      RAISE EXCEPTION 'the electorate of ballot % is frozen', OLD.ballot_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN OLD;
  END IF;
  SELECT frozen_at, sealed_at, closes_at INTO b FROM ballots WHERE id = NEW.ballot_id;
  IF TG_OP = 'INSERT' THEN
    IF b.frozen_at IS NOT NULL THEN
      RAISE EXCEPTION 'the electorate of ballot % is frozen', NEW.ballot_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF NEW.ballot_id <> OLD.ballot_id OR NEW.membership_id <> OLD.membership_id THEN
    RAISE EXCEPTION 'an elector cannot be moved' USING ERRCODE = 'check_violation';
  END IF;
  IF b.sealed_at IS NOT NULL THEN
    -- After the seal the only change left is wiping the form marks (done by the count).
    IF NEW.voted IS DISTINCT FROM OLD.voted OR NEW.attempt_mark IS NOT NULL THEN
      RAISE EXCEPTION 'ballot % is sealed: its electorate cannot change', NEW.ballot_id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
  END IF;
  IF OLD.voted AND NOT NEW.voted THEN
    RAISE EXCEPTION 'a vote cannot be unmarked' USING ERRCODE = 'check_violation';
  END IF;
  IF NEW.voted AND NOT OLD.voted AND clock_timestamp() >= b.closes_at THEN
    RAISE EXCEPTION 'ballot % has closed', NEW.ballot_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER ballot_electors_frozen BEFORE INSERT OR UPDATE OR DELETE ON ballot_electors FOR EACH ROW EXECUTE FUNCTION guard_ballot_electors();--> statement-breakpoint
CREATE TRIGGER ballot_electors_no_truncate BEFORE TRUNCATE ON ballot_electors FOR EACH STATEMENT EXECUTE FUNCTION refuse_ballot_paper_change();--> statement-breakpoint

-- The urn takes votes only while the ballot is frozen and not yet sealed; a sealed vote is never rewritten.
CREATE FUNCTION guard_ballot_urn_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE b record;
BEGIN
  SELECT frozen_at, sealed_at INTO b FROM ballots WHERE id = NEW.ballot_id;
  IF NOT FOUND OR b.frozen_at IS NULL OR b.sealed_at IS NOT NULL THEN
    RAISE EXCEPTION 'ballot % is not taking votes', NEW.ballot_id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$;--> statement-breakpoint
CREATE TRIGGER ballot_urn_open BEFORE INSERT ON ballot_urn FOR EACH ROW EXECUTE FUNCTION guard_ballot_urn_insert();--> statement-breakpoint
CREATE TRIGGER ballot_urn_no_update BEFORE UPDATE ON ballot_urn FOR EACH STATEMENT EXECUTE FUNCTION refuse_ballot_paper_change();
