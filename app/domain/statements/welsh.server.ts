import { and, eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { statements, statementVersions, type Statement } from '../../../db/schema/index.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg } from '~/i18n/translate.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { isUuid } from '~/domain/ids.ts'
import { renderMarkdown } from './markdown.server.ts'
import { storedHtml } from './stored-html.ts'

/**
 * A statement's Welsh version: written by officers beside the English, for the wording that is
 * live (the newest version). It lives at the same address under /cy. A new English wording leaves
 * the Welsh behind until an officer writes it again: a Welsh reader is never shown a translation of
 * words the body no longer stands by.
 */
export interface WelshWording {
  titleCy: string
  summaryCy: string
  bodyCy: string
}

const LIMITS = { titleCy: [5, 160], summaryCy: [10, 600], bodyCy: [20, 50_000] } as const

/** Checks a Welsh wording: all three parts, or none (to take the Welsh version down). */
function checkWelshWording(input: Partial<WelshWording>): WelshWording | null {
  const wording = { titleCy: input.titleCy?.trim() ?? '', summaryCy: input.summaryCy?.trim() ?? '', bodyCy: input.bodyCy?.trim() ?? '' }
  if (!wording.titleCy && !wording.summaryCy && !wording.bodyCy) return null
  if (!wording.titleCy) throw new DomainError('invalid_input', msg('Enter the Welsh title, or leave all the Welsh empty'), 'titleCy')
  if (!wording.summaryCy) throw new DomainError('invalid_input', msg('Enter the Welsh summary, or leave all the Welsh empty'), 'summaryCy')
  if (!wording.bodyCy) throw new DomainError('invalid_input', msg('Enter the Welsh text, or leave all the Welsh empty'), 'bodyCy')
  for (const [field, [min, max]] of Object.entries(LIMITS) as [keyof WelshWording, readonly [number, number]][]) {
    const length = wording[field].length
    if (length < min) throw new DomainError('invalid_input', msg('Write at least {min} characters'), field, { min })
    if (length > max) throw new DomainError('invalid_input', msg('Keep it to {max, number} characters or fewer'), field, { max })
  }
  return wording
}

/** Saves (or, with every part empty, takes down) the Welsh version of the live wording. */
export async function saveStatementWelsh(db: Db, input: Partial<WelshWording> & { actorId: string; statementId: string }) {
  if (!isUuid(input.statementId)) throw new DomainError('not_found', msg('No such statement'))
  const wording = checkWelshWording(input)
  const bodyHtmlCy = wording ? await renderMarkdown(wording.bodyCy, { field: 'bodyCy' }) : null
  const values = wording ? { ...wording, bodyHtmlCy } : { titleCy: null, summaryCy: null, bodyCy: null, bodyHtmlCy: null }
  return db.transaction(async (tx) => {
    const [s] = await tx.select().from(statements).where(eq(statements.id, input.statementId)).for('update')
    if (!s) throw new DomainError('not_found', msg('No such statement'))
    const [after] = await tx.update(statements).set(values).where(eq(statements.id, s.id)).returning()
    // The published version this translates carries it too, so its permanent link reads in Welsh.
    await tx
      .update(statementVersions)
      .set(values)
      .where(and(eq(statementVersions.statementId, s.id), eq(statementVersions.version, s.version)))
    await audit(tx, {
      actorId: input.actorId,
      action: wording ? 'statement.welsh_saved' : 'statement.welsh_removed',
      subjectType: 'statement',
      subjectId: s.id,
      after: { version: s.version, titleCy: wording?.titleCy ?? null },
    })
    return after
  })
}

/** What a reader of a given language gets: the Welsh where it exists, otherwise the English, saying which. */
export function statementIn(
  locale: Locale,
  s: Pick<Statement, 'title' | 'summary' | 'body' | 'bodyHtml' | 'titleCy' | 'summaryCy' | 'bodyCy' | 'bodyHtmlCy'>,
): { lang: Locale; title: string; summary: string; bodyHtml: string; otherLanguage: boolean } {
  if (locale === 'cy' && s.titleCy && s.summaryCy && s.bodyCy) {
    return { lang: 'cy', title: s.titleCy, summary: s.summaryCy, bodyHtml: storedHtml({ body: s.bodyCy, bodyHtml: s.bodyHtmlCy }), otherLanguage: true }
  }
  return { lang: 'en', title: s.title, summary: s.summary, bodyHtml: storedHtml(s), otherLanguage: Boolean(s.titleCy) }
}
