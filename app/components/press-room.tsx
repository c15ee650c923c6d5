import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
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
  return (
    <ul className="briefing-list">
      {props.items.map((b) => (
        <li key={b.slug}>
          <h3>
            <Link to={`/press/${b.slug}`}>{b.headline}</Link>
          </h3>
          <p className="meta">
            {b.publishedAt ? formatLondon(b.publishedAt) : ''}
            {b.corrected ? ' · corrected' : ''}
            {b.topics.length ? ` · ${b.topics.map((t) => t.label).join(', ')}` : ''}
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
  if (!props.children) return null
  return (
    <section aria-labelledby="spokespeople-heading" data-slot="spokespeople">
      <h2 id="spokespeople-heading">{props.title ?? 'Spokespeople'}</h2>
      {props.children}
    </section>
  )
}

/** Links to a feed in its three formats: the press room's (optionally one topic's), or any `base` such as `/statements/feed`. */
export function FeedLinks(props: { topic?: string; base?: string }) {
  const base = props.base ?? (props.topic ? `/press/topics/${props.topic}/feed` : '/press/feed')
  return (
    <ul>
      <li>
        <a href={`${base}.xml`}>RSS feed</a>
      </li>
      <li>
        <a href={`${base}.atom`}>Atom feed</a>
      </li>
      <li>
        <a href={`${base}.json`}>JSON Feed</a>
      </li>
    </ul>
  )
}

export function PressOfficeContacts() {
  return (
    <section aria-labelledby="contacts-heading" className="card">
      <h2 id="contacts-heading">Press office</h2>
      <p>
        For interviews, comment and anything not in a briefing:
        <br />
        <a href="mailto:press@chorus.example">press@chorus.example</a>
        <br />
        <a href="tel:02079460000">020 7946 0000</a> (staffed 8am to 8pm, every day; out of hours, follow the recorded message)
      </p>
    </section>
  )
}
