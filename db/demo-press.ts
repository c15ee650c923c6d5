import { eq } from 'drizzle-orm'
import type { Db } from './client.server.ts'
import { briefings, briefingStatements, briefingVersions, journalists, statements, users } from './schema/index.ts'

const HOUR = 3_600_000

/**
 * The demo press office: the demo journalist's approved press account, one published briefing
 * citing a statement, one under embargo until two days from now, and a draft. Adds only what is missing.
 */
export async function seedDemoPress(db: Db, now = new Date()) {
  const [journalist] = await db.select({ id: users.id }).from(users).where(eq(users.email, 'journalist@chorus.test'))
  const [officer] = await db.select({ id: users.id, name: users.name }).from(users).where(eq(users.email, 'officer@chorus.test'))
  if (journalist) {
    await db
      .insert(journalists)
      .values({
        userId: journalist.id,
        outlet: 'The Northfield Gazette',
        jobTitle: 'Social affairs correspondent',
        workEmail: 'journalist@chorus.test',
        beats: ['serious-case-reviews', 'workforce'],
        status: 'approved',
        decidedBy: officer?.id ?? null,
        decidedAt: now,
      })
      .onConflictDoNothing()
  }
  const [any] = await db.select({ id: briefings.id }).from(briefings).limit(1)
  if (any) return
  const contact = { contactName: `${officer?.name ?? 'Daniel Mensah'}, Chorus press office`, contactEmail: 'press@chorus.example', contactPhone: '020 7946 0000' }
  const notes = 'Chorus is the national professional body for social workers in England, Scotland, Wales and Northern Ireland.'
  const demo = [
    {
      slug: 'chorus-responds-to-the-northfield-safeguarding-review',
      template: 'serious_case_review' as const,
      headline: 'Chorus responds to the Northfield safeguarding review',
      standfirst: 'The review of children’s services in the fictional borough of Northfield finds caseloads of up to 32 children per social worker. Chorus calls for a national caseload limit.',
      body: '## Our response\n\n- The review shows a system stretched past safety, not one person’s failure.\n- Social workers in Northfield held up to 32 children each; a safe caseload is no more than 18.\n- We ask the government to fund a national caseload limit, phased in over three years.',
      keyFacts: ['Caseloads of up to 32 children per social worker', 'One in five social work posts in Northfield vacant', 'Supervision missed in 4 of 10 months reviewed'],
      quotes: [{ text: 'No child is safe when their social worker holds 32 cases. This review is about a system, and the system is what must change.', name: 'Priya Raman', role: 'Chair of Chorus' }],
      topics: ['serious-case-reviews', 'children-and-families'],
      status: 'published' as const,
      embargoUntil: null,
      publishedAt: new Date(now.getTime() - 26 * HOUR),
      statementSlug: 'learning-not-blame-in-serious-case-reviews',
    },
    {
      slug: 'chorus-responds-to-the-workforce-funding-announcement',
      template: 'government_announcement' as const,
      headline: 'Chorus responds to the workforce funding announcement',
      standfirst: 'Chorus welcomes new money for social work apprenticeships but warns it will not reduce caseloads this year.',
      body: '## Our response\n\n- New training places help in three years’ time, not now.\n- Caseloads are the reason experienced social workers leave.\n\n## What we ask\n\n1. A national caseload limit.\n2. Funding for retention, not only recruitment.',
      keyFacts: ['£50 million over three years (fictional figure)', '7,000 social work vacancies in England (fictional figure)'],
      quotes: [{ text: 'Training places are welcome, but the social workers we have need manageable caseloads today.', name: 'Priya Raman', role: 'Chair of Chorus' }],
      topics: ['workforce', 'funding'],
      status: 'scheduled' as const,
      embargoUntil: new Date(now.getTime() + 48 * HOUR),
      publishedAt: new Date(now.getTime() + 48 * HOUR),
      statementSlug: 'safe-caseloads-for-childrens-social-workers',
    },
  ]
  for (const { statementSlug, ...d } of demo) {
    const [b] = await db
      .insert(briefings)
      .values({
        ...d,
        ...contact,
        notesToEditors: notes,
        issuedAt: d.embargoUntil ? now : d.publishedAt,
        createdAt: new Date((d.embargoUntil ? now : d.publishedAt).getTime() - 0.4 * HOUR),
        createdBy: officer?.id ?? null,
        publishedBy: officer?.id ?? null,
      })
      .returning()
    await db.insert(briefingVersions).values({
      briefingId: b.id,
      version: 1,
      headline: b.headline,
      standfirst: b.standfirst,
      body: b.body,
      keyFacts: b.keyFacts,
      quotes: b.quotes,
      notesToEditors: b.notesToEditors,
      createdBy: officer?.id ?? null,
      createdAt: b.issuedAt!,
    })
    const [s] = await db.select({ id: statements.id }).from(statements).where(eq(statements.slug, statementSlug))
    if (s) await db.insert(briefingStatements).values({ briefingId: b.id, statementId: s.id })
  }
  await db.insert(briefings).values({
    slug: 'draft-demo-mental-health-response',
    template: 'other',
    headline: 'Chorus responds to [the story]',
    standfirst: '[One or two sentences journalists can use as they are.]',
    body: '## Our response\n\n- [Key line]',
    topics: ['mental-health'],
    ...contact,
    notesToEditors: notes,
    createdBy: officer?.id ?? null,
  })
}
