import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { BriefingList, FeedLinks, PressOfficeContacts, SpokespeopleSlot } from '~/components/press-room'
import { SpokespeopleList } from '~/components/spokespeople'
import { pressNow } from '~/domain/press/clock'
import { viewerFor } from '~/domain/press/journalists.server'
import { listLiftedBriefings, listUnderEmbargo, nextEmbargoLift } from '~/domain/press/public.server'
import { briefingIn } from '~/domain/press/welsh.server'
import { listSpokespeople } from '~/domain/press/spokespeople.server'
import { isPressTopic, PRESS_TOPICS, topicLabel } from '~/domain/press/topics'
import { metaLocale, metaT } from '~/i18n/meta'
import { localeOf, pathIn } from '~/i18n/locale'
import { T, useT } from '~/i18n/react'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { pageCacheHeaders, PRIVATE_CACHE_CONTROL } from '~/utils/page-cache.server'
import { queryText } from '~/utils/request.server'
import { getUser } from '~/utils/session.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const topicParam = url.searchParams.get('topic') ?? ''
  const topic = isPressTopic(topicParam) ? topicParam : undefined
  const q = queryText(url.searchParams.get('q'), 200)
  const now = pressNow()
  const locale = localeOf(request)
  const user = await getUser(request)
  const viewer = await viewerFor(db, user)
  const [rows, embargoed, spokespeople, nextLift] = await Promise.all([
    listLiftedBriefings(db, { now, topic, q, limit: 30, locale }),
    listUnderEmbargo(db, { viewer, now }),
    listSpokespeople(db, { topic, now, limit: SPOKESPEOPLE_SHOWN, locale }),
    user ? null : nextEmbargoLift(db, now),
  ])
  // What a visitor without a session sees lists only lifted briefings: public for caches, until the next lift.
  return data(
    {
      topic: topic ?? null,
      q,
      signedIn: Boolean(user),
      items: rows
        .map((row) => briefingIn(locale, row).briefing)
        .map((b) => ({
          slug: b.slug,
          headline: b.headline,
          standfirst: b.standfirst,
          publishedAt: b.publishedAt?.toISOString() ?? null,
          topics: b.topics.map((slug) => ({ slug, label: topicLabel(slug) })),
          corrected: b.version > 1,
        })),
      embargoed: embargoed.map((e) => ({ slug: e.slug, headline: e.headline, until: formatLondon(e.embargoUntil!, locale) })),
      spokespeople,
    },
    { headers: pageCacheHeaders(!user, { at: nextLift, now }) },
  )
}

export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const vary = loaderHeaders.get('Vary')
  return { 'Cache-Control': loaderHeaders.get('Cache-Control') ?? PRIVATE_CACHE_CONTROL, ...(vary ? { Vary: vary } : {}) }
}

/** The press room shows whoever is free soonest; the full roster has its own page. */
const SPOKESPEOPLE_SHOWN = 4

export default function PressRoomPage() {
  const d = useLoaderData<typeof loader>()
  const t = useT()
  const topicName = d.topic ? t(PRESS_TOPICS[d.topic]) : ''
  return (
    <>
      <h1>{t('Press room')}</h1>
      <p className="lead">{t('Rapid-response briefings from Chorus, the national professional body for social workers: our position, key facts and on-the-record quotes.')}</p>
      {d.embargoed.length ? (
        <section aria-labelledby="embargoed-heading" className="embargo-banner">
          <span className="embargo-banner__label">{t('Embargoed')}</span>
          <h2 id="embargoed-heading">{t('Under embargo: for your press account only')}</h2>
          <ul>
            {d.embargoed.map((e) => (
              <li key={e.slug}>
                <T
                  message="<link>{headline}</link> — embargoed until {until}"
                  values={{
                    headline: e.headline,
                    until: e.until,
                    link: (text: string) => (
                      <Link key="b" to={`/press/${e.slug}`}>
                        {text}
                      </Link>
                    ),
                  }}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Form method="get" className="filters" role="search">
        <div className="filters__row">
          <div className="form-group">
            <label className="label" htmlFor="q">
              {t('Search briefings')}
            </label>
            <input className="input input--medium" id="q" name="q" type="search" defaultValue={d.q} />
          </div>
          <div className="form-group">
            <label className="label" htmlFor="topic">
              {t('Topic')}
            </label>
            <select className="select" id="topic" name="topic" defaultValue={d.topic ?? ''}>
              <option value="">{t('All topics')}</option>
              {Object.entries(PRESS_TOPICS).map(([slug, label]) => (
                <option key={slug} value={slug}>
                  {t(label)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            {t('Show briefings')}
          </button>
        </div>
      </Form>
      <h2>{d.q ? t('Briefings matching “{q}”', { q: d.q }) : d.topic ? t('Latest briefings: {topic}', { topic: topicName }) : t('Latest briefings')}</h2>
      {d.items.length ? <BriefingList items={d.items} /> : <p className="empty-state">{d.q || d.topic ? t('No briefings match.') : t('No briefings yet.')}</p>}
      <SpokespeopleSlot>
        {d.spokespeople.length ? (
          <>
            <p>{d.topic ? t('Available soonest on {topic}. Times are UK time.', { topic: topicName }) : t('Available soonest. Times are UK time.')}</p>
            <SpokespeopleList spokespeople={d.spokespeople} headingLevel={3} />
            <p>
              <Link to={d.topic ? `/press/spokespeople?topic=${d.topic}` : '/press/spokespeople'}>{t('See all spokespeople')}</Link>
            </p>
          </>
        ) : null}
      </SpokespeopleSlot>
      <PressOfficeContacts />
      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">{d.topic ? t('Feeds for {topic}', { topic: topicName }) : t('Feeds')}</h2>
        <FeedLinks topic={d.topic ?? undefined} />
        <p>
          <T
            message="Or <link>get public briefings by email</link>."
            values={{
              link: (text: string) => (
                <Link key="s" to="/press/subscribe">
                  {text}
                </Link>
              ),
            }}
          />
        </p>
      </section>
      {d.signedIn ? null : (
        <p>
          <T
            message="Journalists: <link>register for a press account</link> to read briefings under embargo and get alerts."
            values={{
              link: (text: string) => (
                <Link key="r" to="/press/register">
                  {text}
                </Link>
              ),
            }}
          />
        </p>
      )}
    </>
  )
}

export const meta: MetaFunction = (args) => {
  const t = metaT(args)
  const locale = metaLocale(args)
  const feed = (ext: string) => pathIn(locale, `/press/feed.${ext}`)
  return [
    { title: t('Press room — Chorus') },
    { name: 'description', content: t('Rapid-response press briefings from Chorus, the national professional body for social workers.') },
    { tagName: 'link', rel: 'alternate', type: 'application/rss+xml', title: t('Chorus press briefings (RSS)'), href: feed('xml') },
    { tagName: 'link', rel: 'alternate', type: 'application/atom+xml', title: t('Chorus press briefings (Atom)'), href: feed('atom') },
    { tagName: 'link', rel: 'alternate', type: 'application/feed+json', title: t('Chorus press briefings (JSON Feed)'), href: feed('json') },
  ]
}
