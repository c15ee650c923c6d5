/**
 * Vote values as people read them on the results page. The count keeps five decimal places
 * (official stage reports do); a reader wants "1,234" for a whole number of votes and two
 * decimals where transfers left fractions. Fractions are cut, never rounded up, so a candidate
 * just under the quota never appears to have reached it; the exact figure stays in the published
 * record and in the page's `<data value>`.
 */

import type { Locale } from '~/i18n/locale.ts'
import { languageTag } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'

const wholeFormats = new Map<Locale, Intl.NumberFormat>()
const whole = (locale: Locale) => {
  let format = wholeFormats.get(locale)
  if (!format) wholeFormats.set(locale, (format = new Intl.NumberFormat(languageTag(locale), { maximumFractionDigits: 0 })))
  return format
}

/** Splits "1234.56789" (or a number) into its whole part and its five-decimal fraction, without floating point. */
function parts(value: string | number): { whole: bigint; fraction: string; negative: boolean } | null {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? value.toFixed(5) : '') : value.trim()
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)
  if (!match) return null
  return { negative: match[1] === '-', whole: BigInt(match[2]), fraction: (match[3] ?? '').replace(/0+$/, '') }
}

/** "1,234" when whole, "12.50" when not (cut to two decimals), the input unchanged when it is not a number. */
export function displayVotes(value: string | number, locale: Locale = 'en'): string {
  const p = parts(value)
  if (!p) return String(value)
  const sign = p.negative && (p.whole > 0n || p.fraction) ? '-' : ''
  const integer = whole(locale).format(p.whole)
  if (!p.fraction) return `${sign}${integer}`
  return `${sign}${integer}.${p.fraction.slice(0, 2).padEnd(2, '0')}`
}

/** The value as a plain number, for drawing. */
export function votesNumber(value: string | number): number {
  const n = typeof value === 'number' ? value : Number(value)
  return Number.isFinite(n) ? n : 0
}

/** "1 vote", "2 votes", "1.50 votes" (Welsh: "1 pleidlais", "1.50 pleidlais"). */
export function votesPhrase(value: string | number, locale: Locale = 'en'): string {
  const shown = displayVotes(value, locale)
  return translate(locale, msg('{shown} {count, plural, one {vote} other {votes}}'), { shown, count: votesNumber(value) })
}
