-- Hustings questions come only from electors: once voting has opened, from the frozen electorate;
-- before, from members in good standing within the ballot's scope (the rule of
-- app/domain/voting/scope.ts: every restricted dimension must match, branches ignoring case).
CREATE OR REPLACE FUNCTION hustings_question_from_elector() RETURNS trigger AS $$
DECLARE
  b ballots%ROWTYPE;
  m memberships%ROWTYPE;
BEGIN
  SELECT * INTO b FROM ballots WHERE id = NEW.ballot_id;
  SELECT * INTO m FROM memberships WHERE id = NEW.membership_id;
  IF b.frozen_at IS NOT NULL THEN
    IF NOT EXISTS (SELECT 1 FROM ballot_electors e WHERE e.ballot_id = NEW.ballot_id AND e.membership_id = NEW.membership_id) THEN
      RAISE EXCEPTION 'hustings questions come only from the ballot''s electors' USING ERRCODE = 'check_violation';
    END IF;
  ELSIF m.status NOT IN ('active', 'past_due')
    OR (cardinality(b.scope_nations) > 0 AND (m.nation IS NULL OR NOT m.nation = ANY (b.scope_nations)))
    OR (cardinality(b.scope_branches) > 0 AND (m.branch IS NULL OR NOT lower(trim(m.branch)) IN (SELECT lower(trim(x)) FROM unnest(b.scope_branches) AS x)))
    OR (cardinality(b.scope_tiers) > 0 AND NOT m.tier_id = ANY (b.scope_tiers)) THEN
    RAISE EXCEPTION 'hustings questions come only from members in the ballot''s scope' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER hustings_questions_from_electors BEFORE INSERT OR UPDATE OF ballot_id, membership_id ON hustings_questions
  FOR EACH ROW EXECUTE FUNCTION hustings_question_from_elector();
--> statement-breakpoint
-- An answer is to an approved question of the same ballot.
CREATE OR REPLACE FUNCTION hustings_answer_to_approved_question() RETURNS trigger AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM hustings_questions q WHERE q.id = NEW.question_id AND q.ballot_id = NEW.ballot_id AND q.status = 'approved') THEN
    RAISE EXCEPTION 'answers are to approved questions of the same ballot' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER hustings_answers_to_approved BEFORE INSERT OR UPDATE OF question_id, ballot_id ON hustings_answers
  FOR EACH ROW EXECUTE FUNCTION hustings_answer_to_approved_question();
