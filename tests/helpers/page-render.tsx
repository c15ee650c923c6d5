/**
 * Renders a route's page to HTML outside Remix, as a reader in either language gets it: the
 * component reads the data its loader answered through Remix's hooks, which a test file mocks
 * with `mockRemixHooks`. The mock must be registered before the routes are imported, so a test
 * file takes this module through `vi.hoisted` (it imports nothing of Remix itself):
 *
 *     const page = await vi.hoisted(() => import('../helpers/page-render.tsx'))
 *     vi.mock('@remix-run/react', page.mockRemixHooks)
 */
import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { StaticRouter } from 'react-router-dom/server'
import { LocaleProvider } from '../../app/i18n/react.tsx'
import '../../app/i18n/server.ts'
import type { Locale } from '../../app/i18n/locale.ts'
import { onMissingWelsh } from '../../app/i18n/translate.ts'
import { expect } from 'vitest'

/** What the mocked hooks answer for the page being rendered. */
const state: { data: unknown; action: unknown; search: URLSearchParams } = { data: null, action: undefined, search: new URLSearchParams() }

const PlainForm = (props: { children?: ReactNode }) => <form>{props.children}</form>

/** The factory for `vi.mock('@remix-run/react', …)`: Remix as it is, with its data hooks answering `state`. */
export async function mockRemixHooks(importOriginal: () => Promise<unknown>) {
  const actual = (await importOriginal()) as Record<string, unknown>
  return {
    ...actual,
    useLoaderData: () => state.data,
    useActionData: () => state.action,
    useSearchParams: () => [state.search, () => {}],
    useRouteLoaderData: () => null,
    useNavigation: () => ({ state: 'idle' }),
    useFetchers: () => [],
    useFetcher: () => ({ state: 'idle', Form: PlainForm, data: undefined }),
    useRevalidator: () => ({ revalidate: () => {}, state: 'idle' }),
    Form: PlainForm,
  }
}

/** A page's HTML for `path`, in `locale`, its component given `data` as its loader's answer. */
export function renderPage(Page: () => ReactNode, options: { path: string; data: unknown; action?: unknown; locale?: Locale }) {
  state.data = options.data
  state.action = options.action
  state.search = new URL(options.path, 'http://localhost').searchParams
  return renderToStaticMarkup(
    <StaticRouter location={options.path}>
      <LocaleProvider value={options.locale ?? 'en'}>
        <Page />
      </LocaleProvider>
    </StaticRouter>,
  )
}

/** A route module as a test imports it. */
export type PageModule = { loader: (...args: never[]) => unknown; default: () => ReactNode }

/**
 * Each page as a Welsh reader gets it: its loader answers the `/cy/…` request with 200 and the
 * rendered HTML shows each of `shows`. Answers the messages those pages showed with no Welsh.
 */
export async function renderWelshPages(pages: { page: PageModule; path: string; params?: Record<string, string>; cookie?: string; shows: string[] }[]) {
  const { callRoute } = await import('./routes.ts')
  const missing = new Set<string>()
  onMissingWelsh((message) => missing.add(message))
  try {
    for (const { page, path, params, cookie, shows } of pages) {
      const res = await callRoute(page.loader as never, { path, params: params ?? {}, cookie })
      expect(res.status, path).toBe(200)
      const html = renderPage(page.default, { path, data: res.body, locale: 'cy' })
      for (const text of shows) expect(html, path).toContain(text)
    }
  } finally {
    onMissingWelsh(null)
  }
  return [...missing]
}
