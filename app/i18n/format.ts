import { WELSH_MONTHS, WELSH_MONTHS_SHORT, WELSH_WEEKDAYS } from './cy/calendar.ts'
import { type Locale, languageTag } from './locale.ts'

export { WELSH_MONTHS, WELSH_MONTHS_SHORT, WELSH_WEEKDAYS, WELSH_WEEKDAYS_SHORT } from './cy/calendar.ts'

/**
 * Numbers, money and dates in the page's language, always on London's clock. English goes through
 * `Intl` in `en-GB`. Welsh dates are written from CLDR's Welsh names held here, with London's
 * calendar fields from `Intl`: browsers do not all carry Welsh locale data (Debian's Chromium
 * formats `cy` as American English), and a Welsh page must read the same in every browser as the
 * server wrote it. A test checks these names against ICU's. Welsh numbers are grouped as English
 * ones are (2,140.5; £180.00), so they use the `en-GB` formats. Formatters are made once.
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>()
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let found = cache.get(key) as T | undefined
  if (!found) cache.set(key, (found = make()))
  return found
}

export const formatNumber = (_locale: Locale, n: number, options?: Intl.NumberFormatOptions) => cached(`n${JSON.stringify(options ?? {})}`, () => new Intl.NumberFormat('en-GB', options)).format(n)

export const formatPounds = (_locale: Locale, pence: number) => cached('£', () => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' })).format(pence / 100)

/** The calendar fields of an instant on London's clock. */
export function londonFields(at: Date | string) {
  const parts = cached(
    'fields',
    () => new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' }),
  ).formatToParts(new Date(at))
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  const [year, month, day] = [field('year'), field('month'), field('day')]
  return { year, month, day, hour: field('hour') % 24, minute: field('minute'), weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay() }
}

const pad = (n: number) => String(n).padStart(2, '0')

function welshDate(at: Date | string, style: DateStyle) {
  const f = londonFields(at)
  if (style === 'time') return `${pad(f.hour)}:${pad(f.minute)}`
  if (style === 'short') return `${f.day} ${WELSH_MONTHS_SHORT[f.month - 1]} ${f.year}`
  const long = `${f.day} ${WELSH_MONTHS[f.month - 1]} ${f.year}`
  return style === 'full' ? `${WELSH_WEEKDAYS[f.weekday]}, ${long}` : long
}

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
  if (locale === 'cy') return welshDate(at, style)
  return cached(`d${locale}${style}`, () => new Intl.DateTimeFormat(languageTag(locale), { ...DATE_STYLES[style], timeZone: 'Europe/London' })).format(new Date(at))
}
