import { foreignKey, index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { memberships } from './membership.ts'
import { ballotCandidates, ballots } from './voting.ts'

/** See app/domain/voting/nomination-rules.ts for the moves between these. */
export const nominationStatus = pgEnum('nomination_status', ['awaiting_acceptance', 'submitted', 'valid', 'rejected', 'withdrawn'])

/** A member standing in an election that takes nominations. One per member per election. */
export const nominations = pgTable(
  'nominations',
  {
    id: uuid().primaryKey().defaultRandom(),
    ballotId: uuid()
      .notNull()
      .references(() => ballots.id, { onDelete: 'cascade' }),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id),
    /** Who put the nominee forward: themselves, or another member (then the nominee must accept). */
    nominatedById: uuid()
      .notNull()
      .references(() => memberships.id),
    status: nominationStatus().notNull(),
    /** Markdown as written, and its sanitised HTML made when it was saved. */
    statement: text().notNull().default(''),
    statementHtml: text().notNull().default(''),
    /** The same statement in Welsh, when the nominee wrote one. */
    statementCy: text().notNull().default(''),
    statementCyHtml: text().notNull().default(''),
    supportCount: integer().notNull().default(0),
    decidedBy: uuid(),
    decidedAt: timestamp({ withTimezone: true }),
    rejectedReason: text(),
    withdrawnAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('nominations_ballot_member_key').on(t.ballotId, t.membershipId), index('nominations_ballot_idx').on(t.ballotId)],
)

/** One row per supporting member: the primary key keeps it to one support each per nomination. */
export const nominationSupports = pgTable(
  'nomination_supports',
  {
    nominationId: uuid()
      .notNull()
      .references(() => nominations.id, { onDelete: 'cascade' }),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.nominationId, t.membershipId] })],
)

/** A hustings question waits for the moderator, who approves or rejects it. */
export const hustingsQuestionStatus = pgEnum('hustings_question_status', ['pending', 'approved', 'rejected'])

/**
 * An elector's question to the candidates, asked after nominations close and before voting
 * closes. A trigger (migration hustings_electors) refuses a question from a member outside the
 * electorate: the frozen one once voting has opened, the scope before.
 */
export const hustingsQuestions = pgTable(
  'hustings_questions',
  {
    id: uuid().primaryKey().defaultRandom(),
    ballotId: uuid()
      .notNull()
      .references(() => ballots.id, { onDelete: 'cascade' }),
    membershipId: uuid()
      .notNull()
      .references(() => memberships.id),
    question: text().notNull(),
    status: hustingsQuestionStatus().notNull().default('pending'),
    moderatedBy: uuid(),
    moderatedAt: timestamp({ withTimezone: true }),
    rejectedReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('hustings_questions_ballot_idx').on(t.ballotId, t.status)],
)

/** A candidate's answer to an approved question: one per candidate per question, by the unique key. */
export const hustingsAnswers = pgTable(
  'hustings_answers',
  {
    id: uuid().primaryKey().defaultRandom(),
    questionId: uuid()
      .notNull()
      .references(() => hustingsQuestions.id, { onDelete: 'cascade' }),
    ballotId: uuid().notNull(),
    /** The candidate's place on the paper (ballot_candidates' key). */
    position: integer().notNull(),
    /** Markdown as written, and its sanitised HTML made when it was saved. */
    answer: text().notNull(),
    answerHtml: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('hustings_answers_question_candidate_key').on(t.questionId, t.position),
    foreignKey({ columns: [t.ballotId, t.position], foreignColumns: [ballotCandidates.ballotId, ballotCandidates.position], name: 'hustings_answers_candidate_fk' }).onDelete('cascade'),
  ],
)

export type HustingsQuestion = typeof hustingsQuestions.$inferSelect
export type Nomination = typeof nominations.$inferSelect
export type NominationStatus = (typeof nominationStatus.enumValues)[number]
