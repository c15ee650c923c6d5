import type { Briefing, BriefingVersion } from '../../../db/schema/index.ts'
import { formatNumber } from '~/i18n/format.ts'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { storedHtml } from '~/domain/statements/stored-html.ts'
import { quoteField } from './quote-fields.ts'
import { topicLabel } from './topics.ts'

/** A briefing as plain, serialisable data for its page (the body rendered to safe HTML). */
export function toArticleData(b: Briefing, citations: { slug: string; title: string }[], versions: Pick<BriefingVersion, 'version' | 'correctionNote' | 'createdAt'>[]) {
  return {
    headline: b.headline,
    standfirst: b.standfirst,
    html: storedHtml(b),
    keyFacts: b.keyFacts,
    quotes: b.quotes,
    notesToEditors: b.notesToEditors,
    contact: { name: b.contactName, email: b.contactEmail, phone: b.contactPhone },
    citations: citations.map((c) => ({ slug: c.slug, title: c.title })),
    topics: b.topics.map((slug) => ({ slug, label: topicLabel(slug) })),
    publishedAt: b.publishedAt?.toISOString() ?? null,
    version: b.version,
    versions: versions.map((v) => ({ version: v.version, correctionNote: v.correctionNote, date: v.createdAt.toISOString() })),
  }
}

/** The form's flat values for a briefing (three quote slots, key facts one per line). */
export function toFormValues(b: Briefing, statementIds: string[]) {
  const q = (n: number) => b.quotes[n] ?? { text: '', name: '', role: '' }
  return {
    headline: b.headline,
    standfirst: b.standfirst,
    body: b.body,
    keyFacts: b.keyFacts.join('\n'),
    notesToEditors: b.notesToEditors,
    contactName: b.contactName,
    contactEmail: b.contactEmail,
    contactPhone: b.contactPhone,
    topics: b.topics,
    statementIds,
    ...Object.fromEntries(
      [0, 1, 2].flatMap((i) => [
        [quoteField(i + 1, 'text'), q(i).text],
        [quoteField(i + 1, 'name'), q(i).name],
        [quoteField(i + 1, 'role'), q(i).role],
      ]),
    ),
  } as Record<string, string | string[]>
}

/** A timing for people: "42 s", "6 min", "2.5 h", or a dash when it has not happened. */
export function duration(seconds: number | null, locale: Locale = 'en') {
  if (seconds === null) return '—'
  if (seconds < 90) return translate(locale, msg('{n} s'), { n: Math.round(seconds) })
  if (seconds < 5400) return translate(locale, msg('{n} min'), { n: Math.round(seconds / 60) })
  return translate(locale, msg('{n} h'), { n: formatNumber(locale, Number((seconds / 3600).toFixed(1)), { minimumFractionDigits: 1, maximumFractionDigits: 1 }) })
}

/** A briefing's alert timings as the officer's page shows them: plain, serialisable data. */
export function toTimingView(
  timing: {
    draftToSentSeconds: number | null
    embargoAlertSeconds: number | null
    liftAlertSeconds: number | null
    alerts: { kind: 'embargo' | 'lift' | 'public' | 'withdrawn' | 'moved' | 'corrected' | 'lifted-early'; recipients: number; delivered: number; skipped: number; lastDeliveredAt: Date | null }[]
  },
  locale: Locale = 'en',
) {
  return {
    draftToSent: duration(timing.draftToSentSeconds, locale),
    embargoAlerts: duration(timing.embargoAlertSeconds, locale),
    liftAlerts: duration(timing.liftAlertSeconds, locale),
    alerts: timing.alerts.map((a) => ({ ...a, lastDeliveredAt: a.lastDeliveredAt?.toISOString() ?? null })),
  }
}

export type TimingView = ReturnType<typeof toTimingView>
