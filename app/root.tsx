import type { LinksFunction, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Links, Meta, Outlet, Scripts, ScrollRestoration, useHref, useLocation, useMatches, useRouteLoaderData } from '@remix-run/react'
import type { ReactNode } from 'react'
import { GeneralErrorBoundary } from './components/error-boundary.tsx'
import { FlashMessage } from './components/flash.tsx'
import { LanguageSuggestion, SiteFooter, SiteHeader } from './components/site-chrome.tsx'
import { languageTag, localeOf, localeOfPath, pathIn, prefersWelsh } from './i18n/locale.ts'
import { LocaleProvider, useT } from './i18n/react.tsx'
import { metaT } from './i18n/meta.ts'
import { translate } from './i18n/translate.ts'
import stylesHref from './styles/app.css'
import { getEnv } from './utils/env.server.ts'
import { readFlash } from './utils/flash.server.ts'
import { useNonce } from './utils/nonce.tsx'
import { getUser } from './utils/session.server.ts'

declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true
  }
}

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: stylesHref },
  { rel: 'icon', href: '/favicon.svg', type: 'image/svg+xml' },
]

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Chorus — the voice of social work') }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [user, { flash, setCookie }] = await Promise.all([getUser(request, context), readFlash(request)])
  const locale = localeOf(request)
  const root = {
    user: user ? { name: user.name, role: user.role, email: user.email } : null,
    testMode: getEnv().offline,
    openOffline: getEnv().offline && getEnv().CHORUS_OFFLINE_PUBLIC,
    flash,
    locale,
    /** For hreflang alternates, which must be absolute. */
    origin: getEnv().appUrl,
    /**
     * An English page offers its Welsh twin to a member who chose Welsh, and on a first visit to
     * a browser that puts Welsh first; it never sends anyone there unasked.
     */
    suggestWelsh:
      locale === 'en' && (user ? user.locale === 'cy' : prefersWelsh(request.headers.get('accept-language')))
        ? { sentence: translate('cy', 'This page is available in Welsh.'), link: translate('cy', 'Read it in Welsh') }
        : null,
  }
  return data(root, setCookie ? { headers: { 'Set-Cookie': setCookie } } : undefined)
}

export type RootData = SerializeFrom<typeof loader>

/**
 * A route whose `handle` says `{ hydrate: false }` is a page for reading: it has no form and
 * nothing that needs the browser to run code, so it is sent without Remix's scripts (no
 * JavaScript to download, parse or run, and less to render on the server). Links and the
 * sign-out form in the header work as plain HTML.
 */
export interface ChorusHandle {
  hydrate?: boolean
}

function useHydrate() {
  return !useMatches().some((m) => (m.handle as ChorusHandle | undefined)?.hydrate === false)
}

/**
 * The page's language comes from where the app is mounted: the Welsh pages are this app under
 * `/cy` (its basename), so `useHref('/')` is `/cy` there — true in error pages too.
 */
function usePageLanguage() {
  const locale = localeOfPath(useHref('/'))
  const { pathname, search } = useLocation()
  return { locale, english: pathIn('en', `${pathname}${search}`), welsh: pathIn('cy', `${pathname}${search}`) }
}

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce()
  const data = useRouteLoaderData<typeof loader>('root')
  const hydrate = useHydrate()
  const { locale, english, welsh } = usePageLanguage()
  const origin = data?.origin ?? ''
  return (
    <LocaleProvider value={locale}>
      <html lang={languageTag(locale)}>
        <head>
          <meta charSet="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="theme-color" content="#1d3557" />
          <Meta />
          <link rel="alternate" hrefLang="en-GB" href={`${origin}${english}`} />
          <link rel="alternate" hrefLang="cy" href={`${origin}${welsh}`} />
          <link rel="alternate" hrefLang="x-default" href={`${origin}${english}`} />
          <Links />
        </head>
        <body>
          <SkipLink />
          <SiteHeader
            user={data?.user ?? null}
            testMode={data?.testMode ?? false}
            openOffline={data?.openOffline ?? false}
            otherLanguage={locale === 'cy' ? { locale: 'en', href: english } : { locale: 'cy', href: welsh }}
          />
          {data?.suggestWelsh ? <LanguageSuggestion href={welsh} welsh={data.suggestWelsh} /> : null}
          <div className="page">
            <main id="main" className="main" tabIndex={-1}>
              {data?.flash ? <FlashMessage flash={data.flash} /> : null}
              {children}
            </main>
          </div>
          <SiteFooter />
          {hydrate ? (
            <>
              <ScrollRestoration nonce={nonce} />
              <Scripts nonce={nonce} />
            </>
          ) : null}
        </body>
      </html>
    </LocaleProvider>
  )
}

function SkipLink() {
  const t = useT()
  return (
    <a href="#main" className="skip-link">
      {t('Skip to main content')}
    </a>
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />
}
