import { diffLines, diffWordsWithSpace, type ChangeObject } from 'diff'

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }

/**
 * How much work one comparison may do. A word comparison costs about (length × changes), so two
 * long, wholly different versions once took seconds; past these bounds the comparison falls back
 * to whole paragraphs, then to "all of it changed".
 */
const DIFF_LIMITS = { maxWordEdits: 400, maxParagraphEdits: 200, timeoutMs: 60 } as const

const parts = (changes: ChangeObject<string>[]): DiffPart[] => changes.map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }))

/** A word-level comparison of two wordings for the public version history, by paragraph when too much changed. */
export function diffText(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ kind: 'same', text: before }] : []
  const words = diffWordsWithSpace(before, after, { maxEditLength: DIFF_LIMITS.maxWordEdits, timeout: DIFF_LIMITS.timeoutMs })
  if (words) return parts(words)
  const paragraphs = diffLines(before, after, { maxEditLength: DIFF_LIMITS.maxParagraphEdits, timeout: DIFF_LIMITS.timeoutMs })
  if (paragraphs) return parts(paragraphs)
  return [...(before ? [{ kind: 'removed' as const, text: before }] : []), ...(after ? [{ kind: 'added' as const, text: after }] : [])]
}

/** A URL-safe slug from a title: lower case, ASCII letters and digits, single hyphens. */
/** Whether text could be a slug slugify made; anything else names no statement. */
export function isSlug(text: string) {
  return /^[a-z0-9-]{1,200}$/.test(text)
}

export function slugify(title: string) {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
  return slug || 'statement'
}
