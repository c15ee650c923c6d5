import { sql } from 'drizzle-orm'
import { boolean, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from './auth.ts'
import { nation } from './membership.ts'

/**
 * When a spokesperson can take a journalist's call, in London time. Weekly windows repeat;
 * dated windows add one-off availability; away windows (leave) override both. Dated and away
 * windows are stored as UTC instants.
 */
export type AvailabilityWindow = { kind: 'weekly'; days: number[]; from: string; to: string } | { kind: 'dated'; from: string; to: string } | { kind: 'away'; from: string; to: string }

/** A member or officer who speaks to the media for Chorus. One entry per account. */
export const spokespeople = pgTable(
  'spokespeople',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .unique()
      .references(() => users.id, { onDelete: 'cascade' }),
    displayName: text().notNull(),
    roleTitle: text().notNull(),
    topics: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    nations: nation()
      .array()
      .notNull()
      .default(sql`'{}'::nation[]`),
    mediaTrained: boolean().notNull().default(false),
    mediaTrainedOn: date({ mode: 'string' }),
    bio: text().notNull().default(''),
    availability: jsonb()
      .$type<AvailabilityWindow[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('spokespeople_active_idx').on(t.active)],
)

export type Spokesperson = typeof spokespeople.$inferSelect
