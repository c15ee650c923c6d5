CREATE FUNCTION refuse_ballot_paper_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ballot papers are append-only';
END;
$$;--> statement-breakpoint
CREATE TRIGGER ballot_papers_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON ballot_papers
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_ballot_paper_change();
