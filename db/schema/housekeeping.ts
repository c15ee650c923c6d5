import { bigint, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

/**
 * The last tick of each periodic job that some process claimed. Every server tries each round;
 * the one whose upsert moves `tick` forward runs the job, so it runs once per tick across all of
 * them, however many there are.
 */
export const housekeepingTicks = pgTable('housekeeping_ticks', {
  job: text().primaryKey(),
  tick: bigint({ mode: 'number' }).notNull(),
  claimedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
})
