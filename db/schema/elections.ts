import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core'
import { memberships } from './membership.ts'
import { ballots } from './voting.ts'

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

export type Nomination = typeof nominations.$inferSelect
export type NominationStatus = (typeof nominationStatus.enumValues)[number]
