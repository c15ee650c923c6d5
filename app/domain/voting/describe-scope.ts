import type { Locale } from '../../i18n/locale.ts'
import { translate } from '../../i18n/translate.ts'

/**
 * Who could vote in a ballot, in words, for the returning officer's report and the result.
 * Every ballot's electorate is today the members of the whole body eligible to vote when it
 * opened; a ballot scoped to nations, branches or tiers names them here.
 */
export function describeScope(_ballot: { id: string }, locale: Locale): string {
  return translate(locale, 'All members eligible to vote')
}
