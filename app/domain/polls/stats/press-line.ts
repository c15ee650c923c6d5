import { formatNumber } from '~/i18n/format'
import type { Locale } from '~/i18n/locale'
import { translate } from '~/i18n/translate'
import { formatLondon } from '~/utils/london-time'
import type { QuestionResult } from './types.ts'
import { type Interval, marginPoints, wilsonFromProportion, wilsonInterval } from './wilson.ts'

/** A figure an officer picked for a press line, with everything the methodology must state. */
export interface PressFigure {
  questionWording: string
  /** The answer or answers the figure counts (e.g. "Agree" and "Strongly agree"). */
  optionLabels: string[]
  /** Between 0 and 1. */
  share: number
  interval: Interval
  /** People who answered the question. */
  n: number
  weighted: boolean
  effectiveSampleSize?: number | null
  fieldworkStart: Date | string
  fieldworkEnd: Date | string
  /** Who was asked, in the reader's language: "members in England", "social workers". */
  audience: string
  /** Members invited, when known. */
  invited?: number | null
  /** The poll's public results page. */
  resultsUrl?: string | null
}

/** The numbers for one or more answers of a question together; null if any of them is suppressed. */
export function combinedFigure(
  question: QuestionResult,
  optionIds: string[],
  weighted: boolean,
): Pick<PressFigure, 'optionLabels' | 'share' | 'interval' | 'n' | 'weighted' | 'effectiveSampleSize'> | null {
  const chosen = question.options.filter((o) => optionIds.includes(o.id))
  if (question.tooFew || chosen.length === 0 || chosen.length !== optionIds.length) return null
  const optionLabels = chosen.map((o) => o.label)
  if (weighted) {
    const effective = question.weighting?.effectiveSampleSize
    if (!effective || chosen.some((o) => o.weightedShare === null)) return null
    const share = chosen.reduce((s, o) => s + o.weightedShare!, 0)
    return { optionLabels, share, interval: wilsonFromProportion(share, effective), n: question.n, weighted, effectiveSampleSize: effective }
  }
  if (chosen.some((o) => o.count === null)) return null
  // Several answers of a several-answers question overlap: their counts cannot simply be added.
  if (question.kind === 'multiple' && chosen.length > 1) return null
  const count = chosen.reduce((s, o) => s + o.count!, 0)
  return { optionLabels, share: count / question.n, interval: wilsonInterval(count, question.n), n: question.n, weighted, effectiveSampleSize: null }
}

const whole = (locale: Locale, share: number) => formatNumber(locale, Math.round(share * 100))
const points = (locale: Locale, value: number) => formatNumber(locale, value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })

function answers(locale: Locale, labels: string[]) {
  const quoted = labels.map((l) => `“${l}”`)
  if (quoted.length < 2) return quoted.join('')
  return translate(locale, '{list} or {last}', { list: quoted.slice(0, -1).join(', '), last: quoted.at(-1) })
}

/** The sentence: "71% of members who answered said “No” when asked “Is your caseload safe?” (n = 1,204; ±2.6 points)." */
export function draftPressLine(locale: Locale, figure: PressFigure): string {
  return translate(locale, '{percent}% of {audience} who answered said {answers} when asked “{question}” ({weighted, select, yes {n = {n}, weighted by nation} other {n = {n}}}; ±{margin} points).', {
    percent: whole(locale, figure.share),
    audience: figure.audience,
    answers: answers(locale, figure.optionLabels),
    question: figure.questionWording,
    weighted: figure.weighted ? 'yes' : 'no',
    n: formatNumber(locale, figure.n),
    margin: points(locale, marginPoints(figure.share, figure.interval)),
  })
}

/** The methodology note in the British Polling Council's manner: one paragraph per disclosure. */
export function methodologyNote(locale: Locale, figure: PressFigure): string[] {
  const margin = points(locale, marginPoints(figure.share, figure.interval))
  const notes = [
    translate(locale, 'Chorus, the professional body for social workers, asked {audience} by email to answer online.', { audience: figure.audience }),
    figure.invited ? translate(locale, '{invited, plural, one {# member was} other {# members were}} invited.', { invited: figure.invited }) : null,
    translate(locale, 'Fieldwork: from {start} to {end} (UK time).', { start: formatLondon(figure.fieldworkStart, locale), end: formatLondon(figure.fieldworkEnd, locale) }),
    translate(locale, 'Base: {n, plural, one {# member} other {# members}} answered the question.', { n: figure.n }),
    translate(locale, 'Question, as asked: “{question}”', { question: figure.questionWording }),
    figure.weighted && figure.effectiveSampleSize
      ? translate(locale, 'Results are weighted by nation to the membership’s profile. The effective sample size after weighting is {effective}.', {
          effective: formatNumber(locale, Math.round(figure.effectiveSampleSize)),
        })
      : translate(locale, 'Results are not weighted.'),
    translate(locale, 'This is a self-selecting sample: members chose whether to answer, so the results may not represent all members or all social workers.'),
    translate(
      locale,
      'The margin of error is ±{margin} percentage points: the 95% confidence interval runs from {lower}% to {upper}% (Wilson score method). It assumes a random sample, so the true uncertainty of a self-selecting poll is larger.',
      {
        margin,
        lower: points(locale, figure.interval.lower * 100),
        upper: points(locale, figure.interval.upper * 100),
      },
    ),
    translate(locale, 'Counts of fewer than 10 people are not published, nor any figure that would reveal one.'),
    figure.resultsUrl ? translate(locale, 'Full results: {url}', { url: figure.resultsUrl }) : null,
  ]
  return notes.filter((note): note is string => note !== null)
}
