CREATE TABLE "housekeeping_ticks" (
	"job" text PRIMARY KEY NOT NULL,
	"tick" bigint NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL
);
