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

/** What changed between two wordings, field by field, for the public comparison page. */
export function compareWordings(from: Wording, to: Wording): { field: string; label: string; parts: DiffPart[]; changed: boolean }[] {
  return (
    [
      ['title', 'Title'],
      ['summary', 'Summary'],
      ['body', 'Text'],
    ] as const
  ).map(([field, label]) => {
    const parts = diffText(from[field], to[field])
    return { field, label, parts, changed: parts.some((p) => p.kind !== 'same') }
  })
}
