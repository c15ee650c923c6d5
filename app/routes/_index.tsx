import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Link, useLoaderData, useRouteLoaderData } from '@remix-run/react'
import { BriefingList } from '~/components/press-room'
import { pressNow } from '~/domain/press/clock'
import { topicLabel } from '~/domain/press/topics'
import { getHomePage } from '~/domain/site/home.server'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { pageCacheHeaders, PRIVATE_CACHE_CONTROL } from '~/utils/page-cache.server'
import { getUser } from '~/utils/session.server'
import type { RootData } from '~/root'
import { formatDate, formatNumber } from '~/i18n/format'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { T, useLocale, useT } from '~/i18n/react'

/**
 * What Chorus is saying now. A visitor without a session sees only public things (lifted
 * briefings, adopted statements, counts), so that page may be shared by caches until the next
 * embargo lifts; the part for a signed-in person is made only for them and is never shared.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const now = pressNow()
  const user = await getUser(request, context)
  // Ballots and consultations are members' business; a press account sees the public page.
  const member = user && user.role !== 'journalist' ? user : null
  const home = await getHomePage(db, { now, userId: member?.id ?? null })
  const locale = localeOf(request)
  const longDate = (d: Date) => formatDate(locale, d, 'long')
  return data(
    {
      briefings: home.briefings.map((b) => ({
        slug: b.slug,
        headline: b.headline,
        standfirst: b.standfirst,
        publishedAt: b.publishedAt?.toISOString() ?? null,
        topics: b.topics.map((slug) => ({ slug, label: topicLabel(slug) })),
        corrected: b.version > 1,
      })),
      statements: home.statements.map((s) => ({ slug: s.slug, title: s.title, summary: s.summary, adopted: s.adoptedAt ? longDate(s.adoptedAt) : null })),
      nations: home.nations,
      forYou: member
        ? {
            ballots: (home.ballots ?? []).map((b) => ({ id: b.id, title: b.title, kind: b.kind, closes: formatLondon(b.closesAt, locale) })),
            consultations: (home.consultations ?? []).map((c) => ({ slug: c.slug, title: c.title, closes: c.closesAt ? formatLondon(c.closesAt, locale) : null })),
          }
        : null,
    },
    { headers: pageCacheHeaders(!user, { at: home.nextLift, now }) },
  )
}

export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const vary = loaderHeaders.get('Vary')
  return { 'Cache-Control': loaderHeaders.get('Cache-Control') ?? PRIVATE_CACHE_CONTROL, ...(vary ? { Vary: vary } : {}) }
}

export default function HomePage() {
  const { briefings, statements, nations, forYou } = useLoaderData<typeof loader>()
  const root = useRouteLoaderData<RootData>('root')
  const total = nations.reduce((sum, n) => sum + n.members, 0)
  const t = useT()
  const locale = useLocale()
  return (
    <>
      <section className="hero" aria-labelledby="hero-heading">
        <h1 id="hero-heading">{t('One voice for social work')}</h1>
        <p className="lead">
          {t(
            'Social workers are too often blamed in public and rarely heard. Chorus is the national professional body that speaks for the profession — with evidence, quickly, and with the authority of its members.',
          )}
        </p>
        {root?.user ? (
          <Link to="/account" className="button button--primary button--large">
            {t('Go to your account')}
          </Link>
        ) : (
          <div className="button-group">
            <Link to="/join" className="button button--primary button--large">
              {t('Join Chorus')}
            </Link>
            <Link to="/login" className="button button--secondary button--large">
              {t('Sign in')}
            </Link>
          </div>
        )}
      </section>
      {forYou ? (
        <section aria-labelledby="for-you-heading" className="inset-text" data-testid="for-you">
          <h2 id="for-you-heading">{t('For you')}</h2>
          <h3>{t('Ballots you can vote in')}</h3>
          {forYou.ballots.length ? (
            <ul>
              {forYou.ballots.map((b) => (
                <li key={b.id}>
                  <Link to={`/ballots/${b.id}`}>{b.title}</Link> {t('({kind, select, motion {motion} other {election}}), closes {closes}', { kind: b.kind, closes: b.closes })}
                </li>
              ))}
            </ul>
          ) : (
            <p>
              <T message="None open to you now. <ballots>See all ballots</ballots>" values={{ ballots: (text: string) => <Link to="/ballots">{text}</Link> }} />
            </p>
          )}
          <h3>{t('Open consultations')}</h3>
          {forYou.consultations.length ? (
            <ul>
              {forYou.consultations.map((c) => (
                <li key={c.slug}>
                  <Link to={`/statements/${c.slug}/consultation`}>{c.title}</Link>
                  {c.closes ? t(', until {closes}', { closes: c.closes }) : ''}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('No draft statement is out for consultation now.')}</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="briefings-heading">
        <h2 id="briefings-heading">{t('Latest from the press office')}</h2>
        {briefings.length ? <BriefingList items={briefings} /> : <p>{t('No briefings yet.')}</p>}
        <p>
          <Link to="/press">{t('All briefings in the press room')}</Link>
        </p>
      </section>
      <section aria-labelledby="statements-heading">
        <h2 id="statements-heading">{t('Latest position statements')}</h2>
        {statements.length ? (
          <ul className="card-grid">
            {statements.map((s) => (
              <li key={s.slug} className="card">
                <h3>
                  <Link to={`/statements/${s.slug}`}>{s.title}</Link>
                </h3>
                <p>{s.summary}</p>
                {s.adopted ? <p className="meta">{t('Adopted {date}', { date: s.adopted })}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('No statements adopted yet.')}</p>
        )}
        <p>
          <Link to="/statements">{t('All position statements')}</Link>
        </p>
      </section>
      <section aria-labelledby="members-heading">
        <h2 id="members-heading">{t('Members in good standing')}</h2>
        <p>{t('Registered social workers whose registration we have verified and whose dues are paid.')}</p>
        <ul className="card-grid" data-testid="members-by-nation">
          {nations.map((n) => (
            <li key={n.nation} className="figure">
              <T message="<strong>{count}</strong> in {nation}" values={{ count: formatNumber(locale, n.members), nation: t(n.name), strong: (text: string) => <strong>{text}</strong> }} />
            </li>
          ))}
        </ul>
        <p className="meta">{t('{total} across the four nations.', { total: formatNumber(locale, total) })}</p>
      </section>
      <section aria-labelledby="what-heading">
        <h2 id="what-heading">{t('What Chorus does')}</h2>
        <ul className="card-grid">
          <li className="card">
            <h3>{t('Join and belong')}</h3>
            <p>{t('Registered social workers in all four nations join with their regulator number and pay dues online.')}</p>
          </li>
          <li className="card">
            <h3>{t('Vote on what we say')}</h3>
            <p>{t('Members elect officers and decide motions in secret ballots that anyone can recount.')}</p>
          </li>
          <li className="card">
            <h3>{t('Position statements')}</h3>
            <p>{t('Officers consult members before Chorus takes a public position on caseloads, funding or case review reform.')}</p>
          </li>
          <li className="card">
            <h3>{t('Rapid response')}</h3>
            <p>{t("When a story breaks, our press office briefs journalists within minutes, so the profession's view is in the first report.")}</p>
          </li>
        </ul>
      </section>
    </>
  )
}

export const meta: MetaFunction = (args) => {
  const t = metaT(args)
  return [{ title: t('Chorus — the voice of social work') }, { name: 'description', content: t('The national professional body for social workers: join, vote, and be heard.') }]
}
