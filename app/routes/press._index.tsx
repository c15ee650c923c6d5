import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { BriefingList, FeedLinks, PressOfficeContacts, SpokespeopleSlot } from '~/components/press-room'
import { SpokespeopleList } from '~/components/spokespeople'
import { pressNow } from '~/domain/press/clock'
import { viewerFor } from '~/domain/press/journalists.server'
import { listLiftedBriefings, listUnderEmbargo, nextEmbargoLift } from '~/domain/press/public.server'
import { listSpokespeople } from '~/domain/press/spokespeople.server'
import { isPressTopic, PRESS_TOPICS, topicLabel } from '~/domain/press/topics'
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
  const user = await getUser(request)
  const viewer = await viewerFor(db, user)
  const [rows, embargoed, spokespeople, nextLift] = await Promise.all([
    listLiftedBriefings(db, { now, topic, q, limit: 30 }),
    listUnderEmbargo(db, { viewer, now }),
    listSpokespeople(db, { topic, now, limit: SPOKESPEOPLE_SHOWN }),
    user ? null : nextEmbargoLift(db, now),
  ])
  // What a visitor without a session sees lists only lifted briefings: public for caches, until the next lift.
  return data({
    topic: topic ?? null,
    q,
    signedIn: Boolean(user),
    items: rows.map((b) => ({ slug: b.slug, headline: b.headline, standfirst: b.standfirst, publishedAt: b.publishedAt?.toISOString() ?? null, topics: b.topics.map((slug) => ({ slug, label: topicLabel(slug) })), corrected: b.version > 1 })),
    embargoed: embargoed.map((e) => ({ slug: e.slug, headline: e.headline, until: formatLondon(e.embargoUntil!) })),
    spokespeople,
  }, { headers: pageCacheHeaders(!user, { at: nextLift, now }) })
}

export const headers: HeadersFunction = ({ loaderHeaders }) => {
  const vary = loaderHeaders.get('Vary')
  return { 'Cache-Control': loaderHeaders.get('Cache-Control') ?? PRIVATE_CACHE_CONTROL, ...(vary ? { Vary: vary } : {}) }
}

/** The press room shows whoever is free soonest; the full roster has its own page. */
const SPOKESPEOPLE_SHOWN = 4

export default function PressRoomPage() {
  const d = useLoaderData<typeof loader>()
  return (
    <>
      <h1>Press room</h1>
      <p className="lead">Rapid-response briefings from Chorus, the national professional body for social workers: our position, key facts and on-the-record quotes.</p>
      {d.embargoed.length ? (
        <section aria-labelledby="embargoed-heading" className="embargo-banner">
          <span className="embargo-banner__label">Embargoed</span>
          <h2 id="embargoed-heading">Under embargo: for your press account only</h2>
          <ul>
            {d.embargoed.map((e) => (
              <li key={e.slug}>
                <Link to={`/press/${e.slug}`}>{e.headline}</Link> — embargoed until {e.until}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <Form method="get" className="filters" role="search">
        <div className="filters__row">
          <div className="form-group">
            <label className="label" htmlFor="q">
              Search briefings
            </label>
            <input className="input input--medium" id="q" name="q" type="search" defaultValue={d.q} />
          </div>
          <div className="form-group">
            <label className="label" htmlFor="topic">
              Topic
            </label>
            <select className="select" id="topic" name="topic" defaultValue={d.topic ?? ''}>
              <option value="">All topics</option>
              {Object.entries(PRESS_TOPICS).map(([slug, label]) => (
                <option key={slug} value={slug}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button--secondary">
            Show briefings
          </button>
        </div>
      </Form>
      <h2>{d.q ? `Briefings matching “${d.q}”` : d.topic ? `Latest briefings: ${PRESS_TOPICS[d.topic]}` : 'Latest briefings'}</h2>
      {d.items.length ? <BriefingList items={d.items} /> : <p className="empty-state">No briefings {d.q || d.topic ? 'match' : 'yet'}.</p>}
      <SpokespeopleSlot>
        {d.spokespeople.length ? (
          <>
            <p>Available soonest{d.topic ? ` on ${PRESS_TOPICS[d.topic]}` : ''}. Times are UK time.</p>
            <SpokespeopleList spokespeople={d.spokespeople} headingLevel={3} />
            <p>
              <Link to={d.topic ? `/press/spokespeople?topic=${d.topic}` : '/press/spokespeople'}>See all spokespeople</Link>
            </p>
          </>
        ) : null}
      </SpokespeopleSlot>
      <PressOfficeContacts />
      <section aria-labelledby="feeds-heading">
        <h2 id="feeds-heading">Feeds{d.topic ? ` for ${PRESS_TOPICS[d.topic]}` : ''}</h2>
        <FeedLinks topic={d.topic ?? undefined} />
        <p>
          Or <Link to="/press/subscribe">get public briefings by email</Link>.
        </p>
      </section>
      {d.signedIn ? null : (
        <p>
          Journalists: <Link to="/press/register">register for a press account</Link> to read briefings under embargo and get alerts.
        </p>
      )}
    </>
  )
}

export const meta: MetaFunction = () => [
  { title: 'Press room — Chorus' },
  { name: 'description', content: 'Rapid-response press briefings from Chorus, the national professional body for social workers.' },
  { tagName: 'link', rel: 'alternate', type: 'application/rss+xml', title: 'Chorus press briefings (RSS)', href: '/press/feed.xml' },
  { tagName: 'link', rel: 'alternate', type: 'application/atom+xml', title: 'Chorus press briefings (Atom)', href: '/press/feed.atom' },
  { tagName: 'link', rel: 'alternate', type: 'application/feed+json', title: 'Chorus press briefings (JSON Feed)', href: '/press/feed.json' },
]
