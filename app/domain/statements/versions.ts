import { msg } from '~/i18n/translate.ts'
import { diffText, type DiffPart } from './diff.ts'

/** A version number from a URL: a positive whole number, or null for anything else. */
export function parseVersionNumber(value: string | null | undefined) {
  if (!value || !/^\d{1,6}$/.test(value.trim())) return null
  const n = Number(value.trim())
  return n >= 1 ? n : null
}

interface Wording {
  title: string
  summary: string
  body: string
}

/** `label` is a message id (app/i18n): show it with `t(...)`. */
type Comparison = { field: string; label: string; parts: DiffPart[]; changed: boolean }[]

/** Published versions never change, so a comparison of two of them is computed once per process. */
const kept = new Map<string, Comparison>()
const KEEP = 200

/** What changed between two wordings, field by field, for the public comparison page. */
export function compareWordings(from: Wording & { statementId?: string; version?: number }, to: Wording & { statementId?: string; version?: number }): Comparison {
  const key = from.statementId && from.statementId === to.statementId ? `${from.statementId}:${from.version}:${to.version}` : null
  const known = key ? kept.get(key) : undefined
  if (known) return known
  const result = (
    [
      ['title', msg('Title')],
      ['summary', msg('Summary')],
      ['body', msg('Text')],
    ] as const
  ).map(([field, label]) => {
    const parts = diffText(from[field], to[field])
    return { field, label, parts, changed: parts.some((p) => p.kind !== 'same') }
  })
  if (key) {
    kept.set(key, result)
    if (kept.size > KEEP) kept.delete(kept.keys().next().value!)
  }
  return result
}
