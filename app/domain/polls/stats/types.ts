import type { Interval } from './wilson.ts'

export const NATIONS = ['england', 'scotland', 'wales', 'northern_ireland'] as const
export const PRACTICE_AREAS = ['children_and_families', 'adults', 'mental_health_amhp', 'education', 'management', 'other'] as const
/** The group of respondents whose nation or practice area is not on their profile. */
export const NOT_STATED = 'not_stated'

export type QuestionKind = 'single' | 'multiple' | 'scale' | 'text'

/** One question's counts, as the poll's tally gives them. */
export interface PollTally {
  questionId: string
  options: Array<{ id: string; label: string; count: number }>
  byNation: Record<string, Record<string, number>>
  byPracticeArea: Record<string, Record<string, number>>
  /** People who answered the question. */
  n: number
  /** Respondents per group; needed where people may choose several answers (rows then do not add up). */
  bases?: { byNation?: Record<string, number>; byPracticeArea?: Record<string, number> }
}

export interface PollQuestionInfo {
  id: string
  wording: string
  kind: QuestionKind
}

/** A published figure: `null` where it is suppressed or cannot be shown. */
export interface Figure {
  count: number | null
  /** Between 0 and 1. */
  share: number | null
  interval: Interval | null
  suppressed: boolean
}

export interface OptionResult extends Figure {
  id: string
  label: string
  /** Weighted to the membership by nation, when the poll is weighted and the figure is safe to show. */
  weightedShare: number | null
  weightedInterval: Interval | null
}

export interface BreakdownRow {
  group: string
  base: number | null
  baseSuppressed: boolean
  cells: Array<Figure & { optionId: string }>
}

export interface Breakdown {
  dimension: 'nation' | 'practice_area'
  rows: BreakdownRow[]
}

export interface WeightingSummary {
  by: 'nation'
  effectiveSampleSize: number
  /** Nations in the targets with nobody answering. */
  missing: string[]
  /** Answers whose weighted figure is withheld, as it could help recover a hidden count. */
  withheld: string[]
}

export interface QuestionResult {
  questionId: string
  wording: string
  kind: Exclude<QuestionKind, 'text'>
  n: number
  /** Fewer than 10 answered: no figures are shown. */
  tooFew: boolean
  options: OptionResult[]
  breakdowns: Breakdown[]
  weighting: WeightingSummary | null
}

export interface PollResults {
  /** False for the public before the results are published: nothing else is filled in. */
  visible: boolean
  questions: QuestionResult[]
}
