import { Link, useMatches, type UIMatch, type useLoaderData } from '@remix-run/react'
import { useT } from '~/i18n/react'
import { msg, type MessageValues } from '~/i18n/translate'

/**
 * One step of the way back to a page. `label` is a message (translated where shown); `text` is
 * shown as it is (a statement's or briefing's title). Without `to`, the step links to the page of
 * the route that declared it.
 */
export interface Crumb {
  label?: string
  values?: MessageValues
  text?: string
  to?: string
}

type CrumbSpec = string | Crumb | Crumb[] | null | undefined

/**
 * A route's `handle.breadcrumb`: a message (`msg('Members')`), one or more steps, or a function of
 * the route's match (its loader data and params) for steps that name what the page is about. A
 * page nested in the URL but not in the route tree (`officer.press.$id_.welsh`) lists the steps
 * between it and its area itself.
 */
export interface BreadcrumbHandle {
  breadcrumb?: CrumbSpec | ((match: UIMatch<unknown, unknown>) => CrumbSpec)
}

/**
 * Steps made from the page's loader data, typed by its loader:
 * `breadcrumb: crumbsFrom<typeof loader>((d) => [STATEMENTS, { text: d.statement.title }])`.
 * A page whose loader failed has no data, and so no steps of its own.
 */
export function crumbsFrom<Loader>(make: (data: ReturnType<typeof useLoaderData<Loader>>) => CrumbSpec) {
  return (match: UIMatch<unknown, unknown>): CrumbSpec => (match.data ? make(match.data as ReturnType<typeof useLoaderData<Loader>>) : null)
}

const HOME: Crumb & { to: string } = { label: msg('Home'), to: '/' }

function crumbsOf(match: UIMatch<unknown, unknown>): (Crumb & { to: string })[] {
  const spec = (match.handle as BreadcrumbHandle | undefined)?.breadcrumb
  let value: CrumbSpec
  try {
    value = typeof spec === 'function' ? spec(match) : spec
  } catch {
    // A page that failed has no data to name itself with; its area's steps still show.
    value = null
  }
  if (!value) return []
  const list = typeof value === 'string' ? [{ label: value }] : Array.isArray(value) ? value : [value]
  return list.map((crumb) => ({ ...crumb, to: crumb.to ?? match.pathname }))
}

/** The steps from the home page to this page, from every matched route's `handle.breadcrumb`. */
function useBreadcrumbs(upTo?: string) {
  const matches = useMatches()
  const end = upTo ? matches.findIndex((m) => m.id === upTo) : -1
  return [HOME, ...(end >= 0 ? matches.slice(0, end + 1) : matches).flatMap(crumbsOf)]
}

/**
 * GOV.UK-style breadcrumbs: an ordered list of links back up the site, the page itself last, not
 * a link, marked `aria-current="page"`. Links are written from the app's root, so under `/cy` they
 * stay Welsh. `upTo` stops at a route (an area's error page shows the way to the area only), and
 * then every step is a link.
 */
export function Breadcrumbs({ upTo }: { upTo?: string }) {
  const t = useT()
  const crumbs = useBreadcrumbs(upTo)
  if (crumbs.length < 2) return null
  const current = upTo ? -1 : crumbs.length - 1
  return (
    <nav className="breadcrumbs" aria-label={t('Breadcrumb')}>
      <ol className="breadcrumbs__list">
        {crumbs.map((crumb, i) => {
          const text = crumb.text ?? t(crumb.label ?? '', crumb.values)
          return (
            <li key={`${i}-${crumb.to}`} className="breadcrumbs__item" aria-current={i === current ? 'page' : undefined}>
              {i === current ? (
                text
              ) : (
                <Link to={crumb.to} className="breadcrumbs__link">
                  {text}
                </Link>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
