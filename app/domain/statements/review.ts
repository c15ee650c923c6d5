import type { Statement } from '../../../db/schema/index.ts'

/** Officers are warned this many days before an adopted statement's review date. */
const REVIEW_WARNING_DAYS = 30

/** The last review date (YYYY-MM-DD) that falls inside the warning window on `now`. */
export function reviewHorizon(now: Date) {
  return new Date(now.getTime() + REVIEW_WARNING_DAYS * 86_400_000).toISOString().slice(0, 10)
}

/** Whether a published statement's review date falls within the warning window (or has passed). */
export function isReviewDue(s: Pick<Statement, 'status' | 'reviewBy'>, now = new Date()) {
  if (!s.reviewBy || (s.status !== 'adopted' && s.status !== 'under_review')) return false
  return s.reviewBy <= reviewHorizon(now)
}
