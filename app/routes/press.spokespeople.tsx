import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { SpokespeopleList } from '~/components/spokespeople'
import { NATION_NAMES, type NationId } from '~/domain/press/contact-schemas'
import { listSpokespeople, listSpokespersonTopics } from '~/domain/press/spokespeople.server'
import { isPressTopic, topicLabel } from '~/domain/press/topics'
import { db } from '~/utils/db.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams
  const topicParam = params.get('topic') ?? ''
  const topic = isPressTopic(topicParam) ? topicParam : undefined
  const nationParam = params.get('nation') ?? ''
  const nation = Object.hasOwn(NATION_NAMES, nationParam) ? (nationParam as NationId) : undefined
  const [spokespeople, topics] = await Promise.all([listSpokespeople(db, { topic, nation, now: new Date() }), listSpokespersonTopics(db)])
  return { spokespeople, topics, topic: topic ?? '', nation: nation ?? '' }
}

export default function PressSpokespeoplePage() {
  const { spokespeople, topics, topic, nation } = useLoaderData<typeof loader>()
  return (
    <>
      <Link to="/press" className="back-link">
        Press room
      </Link>
      <h1>Spokespeople</h1>
      <p className="lead">Social workers and officers who speak for Chorus. Times are UK time. To arrange an interview, send the press office an enquiry.</p>
      <Form method="get" className="filters" aria-label="Filter spokespeople">
        <div className="filters__row">
          <div className="form-group">
            <label className="label" htmlFor="filter-topic">
              Topic
            </label>
            <select id="filter-topic" name="topic" className="select" defaultValue={topic}>
              <option value="">Any topic</option>
              {topics.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.label}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="filter-nation">
              Nation
            </label>
            <select id="filter-nation" name="nation" className="select" defaultValue={nation}>
              <option value="">Any nation</option>
              {Object.entries(NATION_NAMES).map(([id, name]) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button button--secondary">
          Show spokespeople
        </button>{' '}
        {topic || nation ? <Link to="/press/spokespeople">Show everyone</Link> : null}
      </Form>
      <p role="status">
        {spokespeople.length} {spokespeople.length === 1 ? 'spokesperson' : 'spokespeople'}
        {topic ? ` on ${topicLabel(topic)}` : ''}
        {nation ? ` in ${NATION_NAMES[nation as NationId]}` : ''}
      </p>
      <SpokespeopleList spokespeople={spokespeople} showBio />
      <p>
        <Link to="/press/enquiries/new" className="button button--primary">
          Send a media enquiry
        </Link>
      </p>
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Spokespeople — Chorus press room' }, { name: 'description', content: 'Chorus spokespeople by topic and nation, with when they can take a call.' }]
