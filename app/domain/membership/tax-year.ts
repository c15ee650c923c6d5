import { TZDate } from '@date-fns/tz'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'

const ZONE = 'Europe/London'

/** The earliest tax year a statement is offered for: Chorus kept no payments before it. */
export const FIRST_TAX_YEAR = 2020

/**
 * A UK tax year, named by the year it starts: 2026 runs from 6 April 2026 to 5 April 2027 in UK
 * time. `end` is the first instant after it (midnight starting 6 April of the next year).
 */
export function taxYear(startYear: number, locale: Locale = 'en') {
  const values = { start: String(startYear), end: String(startYear + 1) }
  return {
    startYear,
    start: new Date(new TZDate(startYear, 3, 6, ZONE).getTime()),
    end: new Date(new TZDate(startYear + 1, 3, 6, ZONE).getTime()),
    label: translate(locale, msg('6 April {start} to 5 April {end}'), values),
    /** HMRC's own way of naming it. */
    hmrcName: translate(locale, msg('{start} to {end} tax year'), values),
  }
}

/** The tax year (by its starting year) that an instant falls in, in UK time. */
export function taxYearOf(at: Date) {
  const london = new TZDate(at.getTime(), ZONE)
  const beforeSixthApril = london.getMonth() < 3 || (london.getMonth() === 3 && london.getDate() < 6)
  return beforeSixthApril ? london.getFullYear() - 1 : london.getFullYear()
}
