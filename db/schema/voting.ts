import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { memberships } from './membership.ts'

export const ballotKind = pgEnum('ballot_kind', ['motion', 'election'])
/** Stored milestones; whether a ballot is open is decided by the clock (see app/domain/voting/lifecycle.ts). */
export const ballotStatus = pgEnum('ballot_status', ['draft', 'scheduled', 'cancelled'])
export const motionThreshold = pgEnum('motion_threshold', ['simple', 'two_thirds'])

export const ballots = pgTable(
  'ballots',
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: ballotKind().notNull(),
    title: text().notNull(),
    description: text().notNull(),
    status: ballotStatus().notNull().default('draft'),
    opensAt: timestamp({ withTimezone: true }).notNull(),
    closesAt: timestamp({ withTimezone: true }).notNull(),
    /** Set when the electorate was frozen (the ballot opened). */
    frozenAt: timestamp({ withTimezone: true }),
    electorateCount: integer(),
    /** Set when the count was made (the ballot closed); the result is public from then. */
    countedAt: timestamp({ withTimezone: true }),
    result: jsonb(),
    seats: integer(),
    threshold: motionThreshold(),
    /** Share of the electorate that must vote for a motion to be valid, in percent. */
    quorumPercent: integer(),
    /** The hash of the newest paper: publishing it after close fixes the whole chain. */
    chainHead: text(),
    papersCount: integer().notNull().default(0),
    /** When electors who had not voted were reminded (a day before closing). */
    reminderSentAt: timestamp({ withTimezone: true }),
    lotSeed: text(),
    createdBy: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('ballots_opens_at_idx').on(t.opensAt), index('ballots_closes_at_idx').on(t.closesAt)],
)

export const ballotCandidates = pgTable(
  'ballot_candidates',
  {
    ballotId: uuid()
      .notNull()
      .references(() => ballots.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    name: text().notNull(),
    statement: text().notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.ballotId, t.position] })],
)

/** Who may vote, frozen when the ballot opens, and whether they have. Nothing here says how. */
export const ballotElectors = pgTable(
  'ballot_electors',
  {
    ballotId: uuid()
      .notNull()
      .references(() => ballots.id, { onDelete: 'cascade' }),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id),
    voted: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.ballotId, t.membershipId] })],
)

/**
 * What was chosen: no member, no time. Append-only (a trigger refuses UPDATE and DELETE);
 * each paper's hash covers the one before it.
 */
export const ballotPapers = pgTable(
  'ballot_papers',
  {
    ballotId: uuid()
      .notNull()
      .references(() => ballots.id),
    seq: integer().notNull(),
    receipt: text().notNull(),
    /** Motion: 'for' | 'against' | 'abstain'. Election: candidate positions in order of preference. */
    choice: jsonb().notNull(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.ballotId, t.seq] }), uniqueIndex('ballot_papers_receipt_key').on(t.ballotId, t.receipt)],
)

export type Ballot = typeof ballots.$inferSelect
export type BallotCandidate = typeof ballotCandidates.$inferSelect
export type BallotPaper = typeof ballotPapers.$inferSelect

export const memberMotionStatus = pgEnum('member_motion_status', ['gathering', 'awaiting_officers', 'scheduled', 'declined'])

/** A motion members put forward themselves; once seconded and supported, officers must act on it. */
export const memberMotions = pgTable('member_motions', {
  id: uuid().primaryKey().defaultRandom(),
  title: text().notNull(),
  text: text().notNull(),
  rationale: text().notNull(),
  proposerId: uuid()
    .notNull()
    .references(() => memberships.id),
  seconderId: uuid().references(() => memberships.id),
  status: memberMotionStatus().notNull().default('gathering'),
  supportThreshold: integer().notNull(),
  supportCount: integer().notNull().default(0),
  thresholdReachedAt: timestamp({ withTimezone: true }),
  /** Officers must schedule it or answer by then. */
  respondBy: timestamp({ withTimezone: true }),
  response: text(),
  ballotId: uuid().references(() => ballots.id),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})

/** One row per supporting member: the primary key keeps it to one each. */
export const motionSupports = pgTable(
  'motion_supports',
  {
    motionId: uuid()
      .notNull()
      .references(() => memberMotions.id, { onDelete: 'cascade' }),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.motionId, t.membershipId] })],
)

export type MemberMotion = typeof memberMotions.$inferSelect
