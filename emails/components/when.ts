import type { Locale } from '../../app/i18n/locale.ts'
import { formatDate } from '../../app/i18n/format.ts'
import { formatLondon } from '../../app/utils/london-time.ts'

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
const DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * A time queued as an instant (ISO 8601), written in the language of the copy being rendered:
 * `14:30 BST, Tuesday 1 December 2026` / `14:30 BST, Dydd Mawrth, 1 Rhagfyr 2026`. Emails queued
 * before times were kept as instants carry the English words already: those are shown as they are.
 */
export function whenIn(locale: Locale, value: string | undefined): string {
  if (!value) return ''
  return INSTANT.test(value) ? formatLondon(value, locale) : value
}

/** A calendar day queued as `2026-12-31` (or an instant), in the copy's language: `31 December 2026` / `31 Rhagfyr 2026`. */
export function dayIn(locale: Locale, value: string | undefined): string {
  if (!value) return ''
  if (DAY.test(value)) return formatDate(locale, `${value}T12:00:00Z`, 'long')
  return INSTANT.test(value) ? formatDate(locale, value, 'long') : value
}
