import welsh from './cy/index.ts'
import type { Locale } from './locale.ts'
import { localeOf } from './locale.ts'
import { installWelsh, type MessageValues, onMissingWelsh, translate } from './translate.ts'
import { log } from '~/utils/log.server.ts'

/** The server knows both languages from the start. */
installWelsh(welsh)

/**
 * A Welsh page that shows a message with no Welsh says so in the log, once per message per
 * process (an operator's cue, and what the Welsh browser journeys look for). Only the start of the
 * message is logged, with anything like an email address taken out.
 */
const reported = new Set<string>()
onMissingWelsh((message) => {
  if (reported.has(message) || reported.size > 500) return
  reported.add(message)
  log.warn({ message: message.slice(0, 100).replace(/[^\s@]+@[^\s@]+/g, '…') }, 'no Welsh for a message')
})

export { localeOf }

/** A message in the language of the page the request came from (`/cy/…` is Welsh). */
export function translateFor(request: Request, message: string, values?: MessageValues) {
  return translate(localeOf(request), message, values)
}

export function translatorFor(localeOrRequest: Locale | Request) {
  const locale = typeof localeOrRequest === 'string' ? localeOrRequest : localeOf(localeOrRequest)
  return (message: string, values?: MessageValues) => translate(locale, message, values)
}
