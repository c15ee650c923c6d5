import { IntlMessageFormat } from 'intl-messageformat'
import { type Locale, languageTag } from './locale.ts'

/**
 * Messages are ICU MessageFormat (FormatJS's `intl-messageformat`). The English text is the
 * message's id, as in gettext: `t('Sign in')`, `t('{count, plural, one {# seat} other {# seats}}', { count })`.
 * The Welsh catalog maps each English message to its Welsh (app/i18n/cy). The server holds it from
 * the start; a browser fetches it only on a Welsh page (app/entry.client.tsx), so English readers
 * download none of it.
 */
export type Catalog = Record<string, string>
export type MessageValues = Record<string, unknown>

let welsh: Catalog = {}
export function installWelsh(catalog: Catalog) {
  welsh = catalog
  compiled.clear()
}

/** Marks a message for translation where it is written, to be translated where it is shown. */
export const msg = <T extends string>(message: T): T => message

type MissingHandler = (message: string) => void
let onMissing: MissingHandler | null = null
/** Tests listen for Welsh pages that show a message with no Welsh. */
export function onMissingWelsh(handler: MissingHandler | null) {
  onMissing = handler
}

const compiled = new Map<string, IntlMessageFormat>()
function formatter(locale: Locale, source: string) {
  const key = `${locale}\u0000${source}`
  let format = compiled.get(key)
  if (!format) {
    format = new IntlMessageFormat(source, languageTag(locale), undefined, { ignoreTag: false })
    if (compiled.size > 5000) compiled.clear()
    compiled.set(key, format)
  }
  return format
}

/** The message's source text in a language (English when Welsh has none yet, and that is reported). */
function sourceOf(locale: Locale, message: string) {
  if (locale === 'en') return message
  const cy = welsh[message]
  if (cy === undefined) onMissing?.(message)
  return cy ?? message
}

/** A message as plain text. */
export function translate(locale: Locale, message: string, values?: MessageValues): string {
  const result = formatter(locale, sourceOf(locale, message)).format(values as Record<string, string>)
  return Array.isArray(result) ? result.join('') : String(result)
}

/** A message whose tags (`<link>…</link>`) become what `values` makes of them, e.g. React elements. */
export function translateRich<T>(locale: Locale, message: string, values?: MessageValues): string | (string | T)[] {
  return formatter(locale, sourceOf(locale, message)).format(values as Record<string, string>) as string | (string | T)[]
}

/**
 * For text that may arrive already in the page's language (a form error the server wrote) or as
 * an English message id (a rule checked in the browser): translated when it is a message,
 * otherwise shown as it came.
 */
export function translateIfMessage(locale: Locale, text: string): string {
  if (locale === 'en' || welsh[text] === undefined) return text
  return translate(locale, text)
}
