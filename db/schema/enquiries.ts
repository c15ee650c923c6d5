import { bigserial, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { users } from './auth.ts'
import { spokespeople } from './spokespeople.ts'

export const mediaEnquiryStatus = pgEnum('media_enquiry_status', ['open', 'assigned', 'answered', 'declined'])

/** A journalist's question to the press office, with their deadline, and what became of it. */
export const mediaEnquiries = pgTable(
  'media_enquiries',
  {
    id: uuid().primaryKey().defaultRandom(),
    number: bigserial({ mode: 'number' }).notNull().unique(),
    status: mediaEnquiryStatus().notNull().default('open'),
    name: text().notNull(),
    outlet: text().notNull(),
    email: text().notNull(),
    phone: text(),
    deadline: timestamp({ withTimezone: true }).notNull(),
    topic: text().notNull(),
    question: text().notNull(),
    requestedSpokespersonId: uuid().references(() => spokespeople.id, { onDelete: 'set null' }),
    /** The journalist's account, when they were signed in. */
    journalistUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    assigneeUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    assignedAt: timestamp({ withTimezone: true }),
    replyText: text(),
    declineReason: text(),
    closedByUserId: uuid().references(() => users.id, { onDelete: 'set null' }),
    closedAt: timestamp({ withTimezone: true }),
    /** When the officers' digest listed it; null while it waits for the next one. */
    digestedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('media_enquiries_status_deadline_idx').on(t.status, t.deadline), index('media_enquiries_journalist_idx').on(t.journalistUserId)],
)

export type MediaEnquiry = typeof mediaEnquiries.$inferSelect
export type MediaEnquiryStatus = (typeof mediaEnquiryStatus.enumValues)[number]
