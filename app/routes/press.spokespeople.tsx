import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useLoaderData } from '@remix-run/react'
import { SpokespeopleList } from '~/components/spokespeople'
import { NATION_NAMES, type NationId } from '~/domain/press/contact-schemas'
import { listSpokespeople, listSpokespersonTopics } from '~/domain/press/spokespeople.server'
import { isPressTopic, topicLabel } from '~/domain/press/topics'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { db } from '~/utils/db.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams
  const topicParam = params.get('topic') ?? ''
  const topic = isPressTopic(topicParam) ? topicParam : undefined
  const nationParam = params.get('nation') ?? ''
  const nation = Object.hasOwn(NATION_NAMES, nationParam) ? (nationParam as NationId) : undefined
  const [spokespeople, topics] = await Promise.all([listSpokespeople(db, { topic, nation, now: new Date(), locale: localeOf(request) }), listSpokespersonTopics(db)])
  return { spokespeople, topics, topic: topic ?? '', nation: nation ?? '' }
}

export default function PressSpokespeoplePage() {
  const { spokespeople, topics, topic, nation } = useLoaderData<typeof loader>()
  const t = useT()
  const count = spokespeople.length
  const where = { topic: topic ? t(topicLabel(topic)) : '', nation: nation ? t(NATION_NAMES[nation as NationId]) : '', count }
  return (
    <>
      <Link to="/press" className="back-link">
        {t('Press room')}
      </Link>
      <h1>{t('Spokespeople')}</h1>
      <p className="lead">{t('Social workers and officers who speak for Chorus. Times are UK time. To arrange an interview, send the press office an enquiry.')}</p>
      <Form method="get" className="filters" aria-label={t('Filter spokespeople')}>
        <div className="filters__row">
          <div className="form-group">
            <label className="label" htmlFor="filter-topic">
              {t('Topic')}
            </label>
            <select id="filter-topic" name="topic" className="select" defaultValue={topic}>
              <option value="">{t('Any topic')}</option>
              {topics.map((choice) => (
                <option key={choice.slug} value={choice.slug}>
                  {t(choice.label)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-group">
            <label className="label" htmlFor="filter-nation">
              {t('Nation')}
            </label>
            <select id="filter-nation" name="nation" className="select" defaultValue={nation}>
              <option value="">{t('Any nation')}</option>
              {Object.entries(NATION_NAMES).map(([id, name]) => (
                <option key={id} value={id}>
                  {t(name)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button button--secondary">
          {t('Show spokespeople')}
        </button>{' '}
        {topic || nation ? <Link to="/press/spokespeople">{t('Show everyone')}</Link> : null}
      </Form>
      <p role="status">
        {topic && nation
          ? t('{count, plural, one {# spokesperson} other {# spokespeople}} on {topic} in {nation}', where)
          : topic
            ? t('{count, plural, one {# spokesperson} other {# spokespeople}} on {topic}', where)
            : nation
              ? t('{count, plural, one {# spokesperson} other {# spokespeople}} in {nation}', where)
              : t('{count, plural, one {# spokesperson} other {# spokespeople}}', where)}
      </p>
      <SpokespeopleList spokespeople={spokespeople} showBio />
      <p>
        <Link to="/press/enquiries/new" className="button button--primary">
          {t('Send a media enquiry')}
        </Link>
      </p>
    </>
  )
}

export const meta: MetaFunction = (args) => [
  { title: metaT(args)('Spokespeople — Chorus press room') },
  { name: 'description', content: metaT(args)('Chorus spokespeople by topic and nation, with when they can take a call.') },
]
