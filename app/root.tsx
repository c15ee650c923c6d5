import type { LinksFunction, LoaderFunctionArgs, MetaFunction, SerializeFrom } from '@remix-run/node'
import { data } from '@remix-run/node'
import {
  isRouteErrorResponse,
  Link,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useMatches,
  useRouteError,
  useRouteLoaderData,
} from '@remix-run/react'
import type { ReactNode } from 'react'
import { FlashMessage } from './components/flash.tsx'
import { SiteFooter, SiteHeader } from './components/site-chrome.tsx'
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

export const meta: MetaFunction = () => [{ title: 'Chorus — the voice of social work' }]

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [user, { flash, setCookie }] = await Promise.all([getUser(request, context), readFlash(request)])
  const root = {
    user: user ? { name: user.name, role: user.role, email: user.email } : null,
    testMode: getEnv().offline,
    openOffline: getEnv().offline && getEnv().CHORUS_OFFLINE_PUBLIC,
    flash,
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

export function Layout({ children }: { children: ReactNode }) {
  const nonce = useNonce()
  const data = useRouteLoaderData<typeof loader>('root')
  const hydrate = useHydrate()
  return (
    <html lang="en-GB">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1d3557" />
        <Meta />
        <Links />
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to main content
        </a>
        <SiteHeader user={data?.user ?? null} testMode={data?.testMode ?? false} openOffline={data?.openOffline ?? false} />
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
  )
}

export default function App() {
  return <Outlet />
}

export function ErrorBoundary() {
  const error = useRouteError()
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      return (
        <>
          <h1>Page not found</h1>
          <p>If you typed the web address, check it is correct.</p>
          <p>If you pasted the web address, check you copied the entire address.</p>
          <p>
            You can go to the <Link to="/">Chorus home page</Link>.
          </p>
        </>
      )
    }
    if (error.status === 403) {
      return (
        <>
          <h1>You do not have access to this page</h1>
          <p>{typeof error.data === 'string' && error.data ? error.data : 'Your account does not have permission to see this page.'}</p>
          <p>
            If you think you should have access, contact the Chorus office. You can go to <Link to="/account">your account</Link> or
            the <Link to="/">home page</Link>.
          </p>
        </>
      )
    }
    return (
      <>
        <h1>{error.status === 429 ? 'Too many requests' : 'Something was wrong with that request'}</h1>
        <p>{typeof error.data === 'string' && error.data ? error.data : error.statusText}</p>
        <p>
          <Link to="/">Go to the home page</Link>
        </p>
      </>
    )
  }
  return (
    <>
      <h1>Sorry, there is a problem with the service</h1>
      <p>Try again later. Nothing you sent has been lost if you saw no confirmation — you can safely try again.</p>
      <p>
        <Link to="/">Go to the home page</Link>
      </p>
    </>
  )
}
