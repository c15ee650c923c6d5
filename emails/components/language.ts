import { createContext } from 'react'
import { type Locale, pathIn } from '../../app/i18n/locale.ts'
import { type MessageValues, translate } from '../../app/i18n/translate.ts'

/**
 * The language an email is written in: one of Chorus's two, or both (Welsh first, then English)
 * for someone who has not chosen — the Welsh Language Standards habit.
 */
export type EmailLanguage = Locale | 'both'

export const EMAIL_LANGUAGES: readonly EmailLanguage[] = ['cy', 'en', 'both']

export const asEmailLanguage = (value: unknown): EmailLanguage => (value === 'cy' || value === 'en' || value === 'both' ? value : 'both')

/** Translates a message id into the email's language; templates write every sentence through it. */
export type EmailT = (message: string, values?: MessageValues) => string

export const emailT =
  (locale: Locale): EmailT =>
  (message, values) =>
    translate(locale, message, values)

/** What every template receives besides its data: the language of this copy and its translator. */
export interface Localised {
  locale: Locale
  t: EmailT
}

/** The language of the part being rendered, for the shared pieces (a button's fallback link). */
export const EmailLocaleContext = createContext<Locale>('en')

/**
 * A Chorus address in the given language: a page on the site's own origin becomes its Welsh twin
 * (`/reset-password?token=x` → `/cy/reset-password?token=x`, `/account#email` → `/cy/account#email`);
 * anything else — another site, a malformed value — is left exactly as it was.
 */
export function urlIn(locale: Locale, value: string, origin: string | undefined): string {
  if (locale === 'en' || !origin) return value
  const base = origin.replace(/\/$/, '')
  if (value !== base && !value.startsWith(`${base}/`) && !value.startsWith(`${base}?`) && !value.startsWith(`${base}#`)) return value
  const rest = value.slice(base.length)
  return `${base}${pathIn(locale, rest.startsWith('/') ? rest : `/${rest}`)}`
}

/** Every site address in an email's data, in the given language (nested lists and objects too). */
export function linksIn<T>(locale: Locale, data: T, origin: string | undefined): T {
  if (locale === 'en' || !origin) return data
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return urlIn(locale, value, origin)
    if (Array.isArray(value)) return value.map(walk)
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]))
    return value
  }
  return walk(data) as T
}
