import { z } from 'zod'
import type { Locale } from '~/i18n/locale.ts'
import { msg } from '~/i18n/translate.ts'
import { LONDON_ZONES, parseLondonLocal } from '~/utils/london-time.ts'
import { ScopeOnlyFields, scopeFromForm } from './scope-schema.ts'

const WHEN = msg('Enter when voting opens and closes')

/**
 * Fields another of the page's forms sends are ignored, but none may be longer than any field on
 * the page could be: a support carrying 100,000 characters of something else is refused whole.
 */
const TOO_LONG = msg('Something in this form is far longer than it could be. Open the page again and send it once more.')
const OTHERS = z.union([z.string().max(10_000, TOO_LONG), z.array(z.string().max(10_000, TOO_LONG))], { error: TOO_LONG })

/** BST or GMT, asked when a time happens twice; anything else is no answer (the time alone decides, or is refused). */
const zone = z.enum(LONDON_ZONES).optional().catch(undefined)

/**
 * The forms of a member motion's page: members second or support it; officers put it to a ballot
 * (voting times in UK time, and for a motion proposed for the whole membership, who votes) or
 * answer publicly why not. A time that is not a date and time at all is a problem of the form;
 * one that names no single instant (the hour skipped in spring, the hour that happens twice in
 * autumn) is refused beside its field, the reason written in `locale`.
 */
export function memberMotionFormSchema(locale: Locale = 'en') {
  return z.discriminatedUnion(
    'intent',
    [
      z.object({ intent: z.literal('second') }).catchall(OTHERS),
      z.object({ intent: z.literal('support') }).catchall(OTHERS),
      z
        .object({
          intent: z.literal('schedule'),
          opensAt: z.string().optional(),
          opensAtOffset: zone,
          closesAt: z.string().optional(),
          closesAtOffset: zone,
          threshold: z.enum(['simple', 'two_thirds']).default('simple'),
          ...ScopeOnlyFields,
        })
        .catchall(OTHERS)
        .transform((v, ctx) => {
          const opensAt = parseLondonLocal(v.opensAt ?? '', v.opensAtOffset, locale)
          const closesAt = parseLondonLocal(v.closesAt ?? '', v.closesAtOffset, locale)
          if (!opensAt.ok || !closesAt.ok) {
            const times = [
              ['opensAt', opensAt],
              ['closesAt', closesAt],
            ] as const
            if (times.some(([, at]) => !at.ok && at.problem === 'format')) ctx.addIssue({ code: 'custom', path: [], message: WHEN })
            for (const [field, at] of times) if (!at.ok && at.problem !== 'format') ctx.addIssue({ code: 'custom', path: [field], message: at.message })
            return z.NEVER
          }
          return { intent: v.intent, opensAt: opensAt.at, closesAt: closesAt.at, threshold: v.threshold, scope: scopeFromForm(v) }
        }),
      z
        .object({
          intent: z.literal('decline'),
          response: z
            .string({ error: msg('Explain publicly why it will not go to a ballot') })
            .trim()
            .min(20, msg('Explain publicly why it will not go to a ballot'))
            .max(3000, msg('Keep your public answer to 3,000 characters or fewer')),
        })
        .catchall(OTHERS),
    ],
    { error: msg('Choose what to do') },
  )
}
