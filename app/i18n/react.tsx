import { createContext, Fragment, type ReactNode, isValidElement, useCallback, useContext } from 'react'
import type { Locale } from './locale.ts'
import { type MessageValues, translate, translateIfMessage, translateRich } from './translate.ts'

const LocaleContext = createContext<Locale>('en')

export const LocaleProvider = LocaleContext.Provider

/** The page's language (set by the root layout from the URL). */
export const useLocale = () => useContext(LocaleContext)

/** `t('Sign in')`, `t('{count, plural, one {# seat} other {# seats}}', { count })` in the page's language. */
export function useT() {
  const locale = useLocale()
  return useCallback((message: string, values?: MessageValues) => translate(locale, message, values), [locale])
}

/** For text that may already be in the page's language (see `translateIfMessage`). */
export function useShowText() {
  const locale = useLocale()
  return useCallback((text: string) => translateIfMessage(locale, text), [locale])
}

/**
 * A message with markup: each `<tag>…</tag>` in the text is rendered by the function of that name.
 * `<T message="Go to <home>the home page</home>." values={{ home: (text) => <Link to="/">{text}</Link> }} />`
 */
export function T({ message, values, locale: given }: { message: string; values?: MessageValues; locale?: Locale }) {
  const pageLocale = useLocale()
  const locale = given ?? pageLocale
  const parts = translateRich<ReactNode>(locale, message, values)
  if (!Array.isArray(parts)) return <>{parts}</>
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={isValidElement(part) && part.key != null ? part.key : i}>{part}</Fragment>
      ))}
    </>
  )
}
