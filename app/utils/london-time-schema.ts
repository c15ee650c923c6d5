import { z } from 'zod'
import type { Locale } from '~/i18n/locale.ts'
import { parseLondonLocal, withZone } from './london-time.ts'

/**
 * A `datetime-local` field read as London time. A time that names no single instant is refused
 * with the reason (30 February, the hour skipped in spring, the hour that happens twice in autumn);
 * `formatMessage` is the field's own wording for input that is not a date and time at all. Both
 * are message ids (shown in the page's language); the reason a time names no instant carries its
 * own values, so it is written in `locale` here — pass the request's for a Welsh form.
 */
export function londonTimeField(missing: string, formatMessage: string, locale: Locale = 'en') {
  return z.string({ error: missing }).transform((value, ctx) => {
    if (!value.trim()) {
      ctx.addIssue({ code: 'custom', message: missing })
      return new Date(NaN)
    }
    const result = parseLondonLocal(value, undefined, locale)
    if (result.ok) return result.at
    ctx.addIssue({ code: 'custom', message: result.problem === 'format' ? formatMessage : result.message })
    // An invalid date, not a throw: later refinements compare times and must see it is not one.
    return new Date(NaN)
  })
}

/**
 * Folds each `<field>Offset` answer (BST or GMT, asked when a time happens twice) into its field
 * before `schema` reads it, so one field's parser sees the whole answer.
 */
export function withLondonZones<T extends z.ZodType>(fields: readonly string[], schema: T) {
  return z.preprocess((input) => {
    if (!input || typeof input !== 'object' || Array.isArray(input)) return input
    const out: Record<string, unknown> = { ...(input as Record<string, unknown>) }
    for (const field of fields) out[field] = withZone(out[field], out[[field, 'Offset'].join('')])
    return out
  }, schema)
}
