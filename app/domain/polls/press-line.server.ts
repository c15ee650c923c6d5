import { eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { briefings } from '../../../db/schema/index.ts'
import { msg } from '~/i18n/translate.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { isUuid } from '~/domain/ids.ts'
import { listBriefingsForOfficer, listCitations, saveBriefingDraft } from '~/domain/press/briefings.server.ts'
import type { BriefingFields } from '~/domain/press/schemas.ts'
import { draftPollPressLine, type PressLineChoice } from './results.server.ts'

const MAX_KEY_FACTS = 20
const MAX_NOTES = 4_000
/** The Welsh version keeps its key facts as lines of one text, with the same limit as its editor. */
const MAX_WELSH_KEY_FACTS = 4_000

/** The same results page under /cy, for the Welsh notes to editors. */
function welshResultsUrl(resultsUrl: string) {
  const url = new URL(resultsUrl)
  url.pathname = `/cy${url.pathname}`
  return url.toString()
}

/** One figure's press line in English and in Welsh, each with its methodology and its own results page. */
export async function draftPollPressLines(db: Db, input: PressLineChoice & { resultsUrl: string }) {
  const en = await draftPollPressLine(db, { ...input, locale: 'en' })
  const cy = await draftPollPressLine(db, { ...input, locale: 'cy', resultsUrl: welshResultsUrl(input.resultsUrl) })
  return { en, cy }
}

const appendNotes = (existing: string, notes: string[]) => [existing.trim(), notes.join('\n\n')].filter(Boolean).join('\n\n')

/** Draft briefings a poll's figure can go into, most recently edited first. */
export async function listDraftBriefings(db: Db) {
  return (await listBriefingsForOfficer(db)).filter((b) => b.status === 'draft').map((b) => ({ id: b.id, headline: b.headline }))
}

/**
 * Adds a published poll's figure to a draft briefing: the sentence to its key facts, the
 * methodology and the results page to its notes to editors, through the briefing's ordinary save,
 * and audited as a poll figure used. The same sentence and methodology in Welsh (numbers and
 * dates through Intl, the Welsh results page) go into the Welsh key facts and notes: they show
 * at once where the briefing has a Welsh version, and are there waiting when one is written.
 */
export async function addPollLineToBriefing(db: Db, input: PressLineChoice & { actorId: string; briefingId: string; resultsUrl: string }) {
  if (!isUuid(input.briefingId)) throw new DomainError('invalid_input', msg('Choose a draft briefing'), 'briefingId')
  const { en: line, cy: welsh } = await draftPollPressLines(db, input)
  return db.transaction(async (tx) => {
    const [found] = await tx.select().from(briefings).where(eq(briefings.id, input.briefingId)).for('update')
    if (!found || found.status !== 'draft') throw new DomainError('invalid_state', msg('Choose a draft briefing: this one has been sent or no longer exists'), 'briefingId')
    if (found.keyFacts.length >= MAX_KEY_FACTS) throw new DomainError('invalid_input', msg('That briefing already has 20 key facts: remove one first'), 'briefingId')
    const notes = appendNotes(found.notesToEditors, line.notes)
    if (notes.length > MAX_NOTES) throw new DomainError('invalid_input', msg('The notes to editors would be longer than 4,000 characters: shorten them first'), 'briefingId')
    const keyFactsCy = [...(found.keyFactsCy ?? []), welsh.sentence]
    const notesCy = appendNotes(found.notesToEditorsCy ?? '', welsh.notes)
    if (keyFactsCy.join('\n').length > MAX_WELSH_KEY_FACTS) throw new DomainError('invalid_input', msg('The Welsh key facts would be longer than 4,000 characters: shorten them first'), 'briefingId')
    if (notesCy.length > MAX_NOTES) throw new DomainError('invalid_input', msg('The Welsh notes to editors would be longer than 4,000 characters: shorten them first'), 'briefingId')
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
    await saveBriefingDraft(tx, { actorId: input.actorId, briefingId: found.id, fields })
    // The ordinary save carries the English only; the Welsh fields are written beside it.
    const [saved] = await tx.update(briefings).set({ keyFactsCy, notesToEditorsCy: notesCy }).where(eq(briefings.id, found.id)).returning()
    await audit(tx, {
      actorId: input.actorId,
      action: 'poll.press_line',
      subjectType: 'poll',
      subjectId: line.poll.id,
      after: { briefingId: found.id, questionId: input.questionId, optionIds: input.optionIds, keyFact: line.sentence, keyFactCy: welsh.sentence },
    })
    return saved
  })
}
