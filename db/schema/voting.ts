import { sql } from 'drizzle-orm'
import { boolean, customType, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { memberships, nation } from './membership.ts'

export const ballotKind = pgEnum('ballot_kind', ['motion', 'election'])
/** Stored milestones; whether a ballot is open is decided by the clock (see app/domain/voting/lifecycle.ts). */
export const ballotStatus = pgEnum('ballot_status', ['draft', 'scheduled', 'cancelled'])
export const motionThreshold = pgEnum('motion_threshold', ['simple', 'two_thirds'])
/** How candidates are listed on an election's paper, stated on the paper. */
export const candidateOrder = pgEnum('candidate_order', ['alphabetical', 'random'])

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
    /** Set at close, before the count: the urn was mixed into papers and the record committed. */
    sealedAt: timestamp({ withTimezone: true }),
    /** sha256 over the counts and the Merkle roots of receipts and papers (see app/domain/voting/record.ts). */
    commitment: text(),
    receiptsRoot: text(),
    papersRoot: text(),
    /** Members marked as having voted, counted at close. */
    votedCount: integer(),
    papersCount: integer().notNull().default(0),
    /** When electors who had not voted were reminded (a day before closing). */
    reminderSentAt: timestamp({ withTimezone: true }),
    lotSeed: text(),
    createdBy: uuid(),
    /**
     * The electorate's scope: a member is in it when they match every dimension that is
     * restricted; an empty list leaves that dimension open (all three empty: the whole body).
     * Branches are matched by name, ignoring case. See app/domain/voting/scope.ts.
     */
    scopeNations: nation()
      .array()
      .notNull()
      .default(sql`'{}'`),
    scopeBranches: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    scopeTiers: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    /** The officer who validates nominations and answers for the count; the creator unless another is chosen. */
    returningOfficerId: uuid(),
    /** Set for an election that takes nominations: candidates come from valid nominations when they close. */
    nominationsCloseAt: timestamp({ withTimezone: true }),
    /** Set when nominations were closed and the candidates fixed (or the valid nominees elected unopposed). */
    nominationsClosedAt: timestamp({ withTimezone: true }),
    supportersNeeded: integer(),
    statementWordLimit: integer(),
    /** Tiers whose members may stand (empty: any tier that carries a vote). */
    standTiers: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    standMinYears: integer().notNull().default(0),
    candidateOrder: candidateOrder(),
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
    /** The candidate's statement in Welsh, when there is one. */
    statementCy: text().notNull().default(''),
    /** The nominee, when the candidate came from a nomination. */
    userId: uuid(),
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
    /**
     * While open: a keyed hash of the ballot form's idempotency key, so that the same form sent
     * again gets its receipt again. It cannot be matched to a receipt or an urn row without the
     * form's key; it is wiped at close.
     */
    attemptMark: text(),
  },
  (t) => [primaryKey({ columns: [t.ballotId, t.membershipId] })],
)

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (v) => Buffer.from(v),
})

/**
 * Votes while a ballot is open, each sealed with a key that is not in the database (see
 * app/domain/voting/urn.server.ts): no member, no time, no order. Emptied at close.
 * No foreign key: the key check would lock the ballot row for every vote.
 */
export const ballotUrn = pgTable(
  'ballot_urn',
  {
    ballotId: uuid().notNull(),
    /** A keyed hash of the receipt, so a voter can check their vote is in before close. */
    tag: text().notNull(),
    sealed: bytea().notNull(),
  },
  (t) => [primaryKey({ columns: [t.ballotId, t.tag] })],
)

/** The receipts of a closed ballot, published sorted; they say a paper went in, never which. */
export const ballotReceipts = pgTable(
  'ballot_receipts',
  {
    ballotId: uuid()
      .notNull()
      .references(() => ballots.id),
    receipt: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.ballotId, t.receipt] })],
)

/**
 * What was chosen, written once at close in the order of the mix: no member, no time, no
 * receipt. Triggers refuse changes, and inserts once the ballot is sealed.
 */
export const ballotPapers = pgTable(
  'ballot_papers',
  {
    ballotId: uuid()
      .notNull()
      .references(() => ballots.id),
    /** Place in the mixed order (a random shuffle at close), never the order of casting. */
    position: integer().notNull(),
    nonce: text().notNull(),
    /** Motion: 'for' | 'against' | 'abstain'. Election: candidate positions in order of preference. */
    choice: jsonb().notNull(),
    hash: text().notNull(),
  },
  (t) => [primaryKey({ columns: [t.ballotId, t.position] })],
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
  /** Who may second, support and vote on it, as a ballot's scope (all empty: the whole body). */
  scopeNations: nation()
    .array()
    .notNull()
    .default(sql`'{}'`),
  scopeBranches: text()
    .array()
    .notNull()
    .default(sql`'{}'`),
  scopeTiers: text()
    .array()
    .notNull()
    .default(sql`'{}'`),
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
