import { randomBytes } from 'node:crypto'
import type { Db } from '../../db/client.server.ts'
import { journalistAlertTopics, journalists, pressSubscribers, statements } from '../../db/schema/index.ts'
import { createBriefingFromTemplate, releaseBriefing, saveBriefingDraft } from '../../app/domain/press/briefings.server.ts'
import type { BriefingFields } from '../../app/domain/press/schemas.ts'
import { createUser } from './routes.ts'

export const BASE_URL = 'http://localhost:3000'

export function briefingFields(overrides: Partial<BriefingFields> = {}): BriefingFields {
  return {
    headline: 'Chorus responds to the Northfield safeguarding review',
    standfirst: 'The review finds caseloads of up to 32 children per social worker. Chorus calls for a national limit.',
    body: '## Our response\n\n- Caseloads are too high.\n- Supervision time must be protected.',
    keyFacts: ['Caseloads of up to 32 children', '1 in 5 posts vacant'],
    quotes: [{ text: 'No child is safe when their social worker holds 32 cases.', name: 'Priya Raman', role: 'Chair of Chorus' }],
    notesToEditors: 'Chorus is the national professional body for social workers.',
    contactName: 'Daniel Mensah, Chorus press office',
    contactEmail: 'press@chorus.example',
    contactPhone: '020 7946 0000',
    topics: ['serious-case-reviews'],
    statementIds: [],
    ...overrides,
  }
}

/** A press account with a status, verified unless told otherwise, following every topic or the given ones. */
export async function createJournalist(db: Db, input: { status?: 'pending' | 'approved' | 'declined'; topics?: string[]; verified?: boolean; outlet?: string } = {}) {
  const user = await createUser(db, { role: 'journalist', verified: input.verified })
  await db.insert(journalists).values({
    userId: user.id,
    outlet: input.outlet ?? 'The Northfield Gazette',
    jobTitle: 'Social affairs correspondent',
    workEmail: user.email,
    status: input.status ?? 'approved',
    alertAllTopics: !input.topics,
  })
  if (input.topics?.length) await db.insert(journalistAlertTopics).values(input.topics.map((topic) => ({ userId: user.id, topic })))
  return user
}

export async function createSubscriber(db: Db, input: { confirmed?: boolean; topics?: string[] } = {}) {
  const [s] = await db
    .insert(pressSubscribers)
    .values({
      email: `reader-${randomBytes(4).toString('hex')}@example.test`,
      topics: input.topics ?? [],
      confirmedAt: input.confirmed === false ? null : new Date(),
      unsubscribeToken: randomBytes(16).toString('hex'),
    })
    .returning()
  return s
}

export async function createStatement(db: Db, input: { topics?: string[]; title?: string } = {}) {
  const title = input.title ?? 'Learning, not blame, in serious case reviews'
  const [s] = await db
    .insert(statements)
    .values({
      slug: `stmt-${randomBytes(4).toString('hex')}`,
      title,
      summary: 'Reviews must learn.',
      body: 'Body',
      topics: input.topics ?? ['serious case reviews'],
      status: 'adopted',
      adoptedAt: new Date(),
    })
    .returning()
  return s
}

/** A briefing sent by an officer: published now, or under embargo until `embargoUntil`. */
export async function sendBriefing(db: Db, input: { officerId: string; embargoUntil?: Date | null; now?: Date; fields?: Partial<BriefingFields> }) {
  const draft = await createBriefingFromTemplate(db, { actorId: input.officerId, template: 'serious_case_review' })
  await saveBriefingDraft(db, { actorId: input.officerId, briefingId: draft.id, fields: briefingFields(input.fields) })
  await releaseBriefing(db, { actorId: input.officerId, briefingId: draft.id, embargoUntil: input.embargoUntil ?? null, now: input.now ?? new Date(), baseUrl: BASE_URL })
  return draft.id
}
