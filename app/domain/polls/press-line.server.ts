import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { briefings } from '../../../db/schema/index.ts'
import { msg } from '../../i18n/translate.ts'
import { audit } from '../audit.server.ts'
import { DomainError } from '../errors.ts'
import { isUuid } from '../ids.ts'
import { listBriefingsForOfficer, listCitations, saveBriefingDraft } from '../press/briefings.server.ts'
import type { BriefingFields } from '../press/schemas.ts'
import { draftPollPressLine, type PressLineChoice } from './results.server.ts'

const MAX_KEY_FACTS = 20
const MAX_NOTES = 4_000

/** Draft briefings a poll's figure can go into, most recently edited first. */
export async function listDraftBriefings(db: Db) {
  return (await listBriefingsForOfficer(db)).filter((b) => b.status === 'draft').map((b) => ({ id: b.id, headline: b.headline }))
}

/**
 * Adds a published poll's figure to a draft briefing: the sentence to its key facts, the
 * methodology and the results page to its notes to editors (in English, the briefing's own
 * language), through the briefing's ordinary save, and audited as a poll figure used.
 */
export async function addPollLineToBriefing(db: Db, input: PressLineChoice & { actorId: string; briefingId: string; resultsUrl: string }) {
  if (!isUuid(input.briefingId)) throw new DomainError('invalid_input', msg('Choose a draft briefing'), 'briefingId')
  const line = await draftPollPressLine(db, { ...input, locale: 'en' })
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(briefings).where(eq(briefings.id, input.briefingId)).for('update')
    if (!found || found.status !== 'draft') throw new DomainError('invalid_state', msg('Choose a draft briefing: this one has been sent or no longer exists'), 'briefingId')
    if (found.keyFacts.length >= MAX_KEY_FACTS) throw new DomainError('invalid_input', msg('That briefing already has 20 key facts: remove one first'), 'briefingId')
    const notes = [found.notesToEditors.trim(), line.notes.join('\n\n')].filter(Boolean).join('\n\n')
    if (notes.length > MAX_NOTES) throw new DomainError('invalid_input', msg('The notes to editors would be longer than 4,000 characters: shorten them first'), 'briefingId')
    const citations = await listCitations(tx, found.id)
    const fields: BriefingFields = {
      headline: found.headline,
      standfirst: found.standfirst,
      body: found.body,
      keyFacts: [...found.keyFacts, line.sentence],
      notesToEditors: notes,
      contactName: found.contactName,
      contactEmail: found.contactEmail,
      contactPhone: found.contactPhone,
      topics: found.topics as BriefingFields['topics'],
      statementIds: citations.map((c) => c.id),
      quotes: found.quotes,
    }
    const saved = await saveBriefingDraft(tx, { actorId: input.actorId, briefingId: found.id, fields })
    await audit(tx, { actorId: input.actorId, action: 'poll.press_line', subjectType: 'poll', subjectId: line.poll.id, after: { briefingId: found.id, questionId: input.questionId, optionIds: input.optionIds, keyFact: line.sentence } })
    return saved
  })
}
