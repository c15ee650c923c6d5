import { type Locale, languageTag } from './locale.ts'

/**
 * Numbers, money and dates through `Intl` in the page's language (`cy` or `en-GB`), always on
 * London's clock. Formatters are made once per language and style: building one is the slow part.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined
  if (!found) cache.set(key, (found = make()))
  return found
}

export const formatNumber = (locale: Locale, n: number, options?: Intl.NumberFormatOptions) =>
  cached(`n${locale}${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat(languageTag(locale), options)).format(n)

export const formatPounds = (locale: Locale, pence: number) =>
  cached(`£${locale}`, () => new Intl.NumberFormat(languageTag(locale), { style: 'currency', currency: 'GBP' })).format(pence / 100)

const DATE_STYLES = {
  /** 1 December 2026 / 1 Rhagfyr 2026 */
  long: { day: 'numeric', month: 'long', year: 'numeric' },
  /** Tuesday, 1 December 2026 / Dydd Mawrth, 1 Rhagfyr 2026 */
  full: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  /** 1 Dec 2026 / 1 Rhag 2026 */
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  /** 14:30 */
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
} satisfies Record<string, Intl.DateTimeFormatOptions>

export type DateStyle = keyof typeof DATE_STYLES

export function formatDate(locale: Locale, at: Date | string, style: DateStyle = 'long') {
  return cached(
    `d${locale}${style}`,
    () => new Intl.DateTimeFormat(languageTag(locale), { ...DATE_STYLES[style], timeZone: 'Europe/London' }),
  ).format(new Date(at))
}
