import type { MetaArgs } from '@remix-run/node'
import { asLocale, type Locale } from './locale.ts'
import { type MessageValues, translate } from './translate.ts'

/**
 * The page's language inside a route's `meta` (whose `location` has no `/cy`: the Welsh app is
 * mounted there), read from the root loader's data.
 */
export function metaLocale(args: Pick<MetaArgs, 'matches'>): Locale {
  const root = args.matches.find((match) => match.id === 'root')?.data as { locale?: unknown } | undefined
  return asLocale(root?.locale) ?? 'en'
}

/** `t` for a route's `meta`: `export const meta: MetaFunction = (args) => [{ title: metaT(args)('Join Chorus') }]`. */
export function metaT(args: Pick<MetaArgs, 'matches'>) {
  const locale = metaLocale(args)
  return (message: string, values?: MessageValues) => translate(locale, message, values)
}
