import welsh from './cy/index.ts'
import type { Locale } from './locale.ts'
import { localeOf } from './locale.ts'
import { installWelsh, type MessageValues, translate } from './translate.ts'

/** The server knows both languages from the start. */
installWelsh(welsh)

export { localeOf }

/** A message in the language of the page the request came from (`/cy/…` is Welsh). */
export function translateFor(request: Request, message: string, values?: MessageValues) {
  return translate(localeOf(request), message, values)
}

export function translatorFor(localeOrRequest: Locale | Request) {
  const locale = typeof localeOrRequest === 'string' ? localeOrRequest : localeOf(localeOrRequest)
  return (message: string, values?: MessageValues) => translate(locale, message, values)
}
