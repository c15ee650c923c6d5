import type { Locale } from '~/i18n/locale.ts'
import { translate } from '~/i18n/translate.ts'
import type { Question, QuestionKind } from './questions.ts'
import { buildPollResults } from './stats/results.ts'
import type { PollQuestionInfo, PollResults, PollTally, QuestionKind as StatsKind } from './stats/types.ts'
import type { QuestionTally } from './tally.ts'

const KINDS: Record<QuestionKind, StatsKind> = { single: 'single', multiple: 'multiple', agree5: 'scale', free_text: 'text' }

/** Option labels in the reader's language: the agree–disagree scale is Chorus's own wording; officers' options stay as written. */
const label = (locale: Locale, kind: QuestionKind, text: string) => (kind === 'agree5' ? translate(locale, text) : text)

/** A question as the results see it: its position (as text) is its id. */
function questionInfo(q: Pick<Question, 'position' | 'kind' | 'wording'>): PollQuestionInfo {
  return { id: String(q.position), wording: q.wording, kind: KINDS[q.kind] }
}

/** One question's counts in the shape the statistics take, with each group's number of respondents as its base. */
function statsTally(locale: Locale, t: QuestionTally): PollTally {
  return {
    questionId: String(t.questionId),
    options: t.options.map((o) => ({ id: o.id, label: label(locale, t.kind, o.label), count: o.count })),
    byNation: t.byNation,
    byPracticeArea: t.byPracticeArea,
    n: t.n,
    bases: { byNation: t.nByNation, byPracticeArea: t.nByPracticeArea },
  }
}

export interface ResultsViewInput {
  locale: Locale
  questions: Array<Pick<Question, 'position' | 'kind' | 'wording'>>
  tally: QuestionTally[]
  published: boolean
  viewer: 'officer' | 'public'
  nationTargets?: Record<string, number> | null
}

/** A poll's counts as charts and tables show them: intervals, breakdowns with small cells hidden, free text left out. */
export function pollResultsView(input: ResultsViewInput): PollResults {
  return buildPollResults({
    questions: input.questions.map(questionInfo),
    tallies: input.tally.filter((t) => t.kind !== 'free_text').map((t) => statsTally(input.locale, t)),
    published: input.published,
    viewer: input.viewer,
    nationTargets: input.nationTargets,
  })
}
