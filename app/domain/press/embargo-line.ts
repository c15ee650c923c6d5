import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { formatLondon } from '~/utils/london-time.ts'

/**
 * The embargo line as press offices write it, in the briefing's language:
 * `EMBARGOED UNTIL 00:01 GMT, Tuesday 1 December 2026`
 * (Welsh: `EMBARGO: NID I'W GYHOEDDI TAN 00:01 GMT, Dydd Mawrth, 1 Rhagfyr 2026`).
 */
export function embargoNotice(until: Date | string, locale: Locale = 'en') {
  return translate(locale, msg('EMBARGOED UNTIL {when}'), { when: formatLondon(until, locale) })
}

/** The line that ends a release's text, before the notes to editors. */
export const ENDS = 'ENDS'

/** The same line in a language (Welsh: DIWEDD). */
export const endsLine = (locale: Locale) => translate(locale, msg('ENDS'))
