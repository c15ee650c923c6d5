import { and, eq } from 'drizzle-orm'
import type { Db } from '../../../db/client.server.ts'
import { briefings, briefingVersions, type Briefing } from '../../../db/schema/index.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg } from '~/i18n/translate.ts'
import { forgetPublicPages } from '~/utils/page-cache.server.ts'
import { audit } from '~/domain/audit.server.ts'
import { DomainError } from '~/domain/errors.ts'
import { isUuid } from '~/domain/ids.ts'
import { renderMarkdown } from '~/domain/statements/markdown.server.ts'

/**
 * A briefing's Welsh version, for Welsh media: written by officers beside the English for the
 * wording that is live, read at the same address under /cy (under the same embargo). Quotes stay
 * in the words their speakers said them. A correction of the English leaves the Welsh behind
 * until it is written again.
 */
export interface WelshBriefing {
  headlineCy: string
  standfirstCy: string
  bodyCy: string
  keyFactsCy: string
  notesToEditorsCy: string
}

const LIMITS = { headlineCy: 200, standfirstCy: 600, bodyCy: 20_000, keyFactsCy: 4_000, notesToEditorsCy: 4_000 } as const

function checkWelshBriefing(input: Partial<WelshBriefing>) {
  const w = Object.fromEntries(Object.keys(LIMITS).map((k) => [k, input[k as keyof WelshBriefing]?.trim() ?? ''])) as unknown as WelshBriefing
  if (Object.values(w).every((v) => !v)) return null
  if (!w.headlineCy) throw new DomainError('invalid_input', msg('Enter the Welsh headline, or leave all the Welsh empty'), 'headlineCy')
  if (!w.bodyCy) throw new DomainError('invalid_input', msg('Enter the Welsh key lines, or leave all the Welsh empty'), 'bodyCy')
  for (const [field, max] of Object.entries(LIMITS) as [keyof WelshBriefing, number][]) {
    if (w[field].length > max) throw new DomainError('invalid_input', msg('Keep it to {max, number} characters or fewer'), field, { max })
  }
  return w
}

export async function saveBriefingWelsh(db: Db, input: Partial<WelshBriefing> & { actorId: string; briefingId: string }) {
  if (!isUuid(input.briefingId)) throw new DomainError('not_found', msg('No such briefing'))
  const w = checkWelshBriefing(input)
  const bodyHtmlCy = w ? await renderMarkdown(w.bodyCy, { field: 'bodyCy' }) : null
  const keyFactsCy = w
    ? w.keyFactsCy
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
    : null
  const stored = w
    ? { headlineCy: w.headlineCy, standfirstCy: w.standfirstCy, bodyCy: w.bodyCy, keyFactsCy, notesToEditorsCy: w.notesToEditorsCy }
    : { headlineCy: null, standfirstCy: null, bodyCy: null, keyFactsCy: null, notesToEditorsCy: null }
  const saved = await db.transaction(async (tx) => {
    const [b] = await tx.select().from(briefings).where(eq(briefings.id, input.briefingId)).for('update')
    if (!b) throw new DomainError('not_found', msg('No such briefing'))
    if (b.status === 'withdrawn') throw new DomainError('invalid_state', msg('A withdrawn briefing cannot change'))
    const [after] = await tx
      .update(briefings)
      .set({ ...stored, bodyHtmlCy, updatedAt: new Date() })
      .where(eq(briefings.id, b.id))
      .returning()
    // The issued version this translates carries it too.
    await tx
      .update(briefingVersions)
      .set(stored)
      .where(and(eq(briefingVersions.briefingId, b.id), eq(briefingVersions.version, b.version)))
    await audit(tx, {
      actorId: input.actorId,
      action: w ? 'briefing.welsh_saved' : 'briefing.welsh_removed',
      subjectType: 'briefing',
      subjectId: b.id,
      after: { version: b.version, headlineCy: w?.headlineCy ?? null },
    })
    return after
  })
  // Shared copies of the Welsh page showed the English (or the old Welsh).
  await forgetPublicPages(db)
  return saved
}

/** The briefing as a reader of `locale` gets it: its Welsh version where there is one. */
export function briefingIn(locale: Locale, b: Briefing): { briefing: Briefing; lang: Locale; otherLanguage: boolean } {
  if (locale === 'cy' && b.headlineCy && b.bodyCy) {
    return {
      briefing: {
        ...b,
        headline: b.headlineCy,
        standfirst: b.standfirstCy ?? '',
        body: b.bodyCy,
        bodyHtml: b.bodyHtmlCy,
        keyFacts: b.keyFactsCy ?? [],
        notesToEditors: b.notesToEditorsCy ?? '',
      },
      lang: 'cy',
      otherLanguage: true,
    }
  }
  return { briefing: b, lang: 'en', otherLanguage: Boolean(b.headlineCy) }
}
