import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { pathIn } from '~/i18n/locale'
import { T, useLocale, useT } from '~/i18n/react'
import { formatLondon } from '~/utils/london-time'

export interface BriefingSummary {
  slug: string
  headline: string
  standfirst: string
  publishedAt: string | null
  topics: { slug: string; label: string }[]
  corrected: boolean
}

export function BriefingList(props: { items: BriefingSummary[] }) {
  const t = useT()
  const locale = useLocale()
  return (
    <ul className="briefing-list">
      {props.items.map((b) => (
        <li key={b.slug}>
          <h3>
            <Link to={`/press/${b.slug}`}>{b.headline}</Link>
          </h3>
          <p className="meta">
            {b.publishedAt ? formatLondon(b.publishedAt, locale) : ''}
            {b.corrected ? ` · ${t('corrected')}` : ''}
            {b.topics.length ? ` · ${b.topics.map((topic) => t(topic.label)).join(', ')}` : ''}
          </p>
          {b.standfirst ? <p>{b.standfirst}</p> : null}
        </li>
      ))}
    </ul>
  )
}

/**
 * Where the spokesperson roster appears in the press room and beside a briefing. Pass the
 * roster's own component as children; without it nothing is shown.
 */
export function SpokespeopleSlot(props: { title?: string; children?: ReactNode }) {
  const t = useT()
  if (!props.children) return null
  return (
    <section aria-labelledby="spokespeople-heading" data-slot="spokespeople">
      <h2 id="spokespeople-heading">{props.title ?? t('Spokespeople')}</h2>
      {props.children}
    </section>
  )
}

/**
 * Links to a feed in its three formats: the press room's (optionally one topic's), or any `base`
 * such as `/statements/feed`. On a Welsh page they are the Welsh feeds (`/cy/press/feed.xml`).
 */
export function FeedLinks(props: { topic?: string; base?: string }) {
  const t = useT()
  const locale = useLocale()
  const base = pathIn(locale, props.base ?? (props.topic ? `/press/topics/${props.topic}/feed` : '/press/feed'))
  return (
    <ul>
      <li>
        <a href={`${base}.xml`}>{t('RSS feed')}</a>
      </li>
      <li>
        <a href={`${base}.atom`}>{t('Atom feed')}</a>
      </li>
      <li>
        <a href={`${base}.json`}>{t('JSON Feed')}</a>
      </li>
    </ul>
  )
}

export function PressOfficeContacts() {
  const t = useT()
  return (
    <section aria-labelledby="contacts-heading" className="card">
      <h2 id="contacts-heading">{t('Press office')}</h2>
      <p>
        {t('For interviews, comment and anything not in a briefing:')}
        <br />
        <a href="mailto:press@chorus.example">press@chorus.example</a>
        <br />
        <T
          message="<phone>020 7946 0000</phone> (staffed 8am to 8pm, every day; out of hours, follow the recorded message)"
          values={{
            phone: (text: string) => (
              <a key="tel" href="tel:02079460000">
                {text}
              </a>
            ),
          }}
        />
      </p>
    </section>
  )
}
