import { Link } from '@remix-run/react'
import type { PublicSpokesperson } from '~/domain/press/spokespeople.server'
import { useT } from '~/i18n/react'

/**
 * Chorus's spokespeople as cards: name, role, topics, nations, and whether they can take a
 * call now (in words, never colour alone). Each card offers a media enquiry naming them.
 * Give it the result of `listSpokespeople(db, { topic, nation, now })`; `enquiryTopic` fills in
 * what the enquiry is about (a briefing's headline).
 */
export function SpokespeopleList(props: { spokespeople: PublicSpokesperson[]; headingLevel?: 2 | 3; showBio?: boolean; emptyText?: string; enquiryTopic?: string }) {
  const t = useT()
  const about = props.enquiryTopic ? `&topic=${encodeURIComponent(props.enquiryTopic)}` : ''
  const Heading = props.headingLevel === 3 ? 'h3' : 'h2'
  if (props.spokespeople.length === 0) return <p>{props.emptyText ?? t('No spokesperson matches. Send the press office an enquiry and we will find someone.')}</p>
  return (
    <ul className="card-grid spokespeople">
      {props.spokespeople.map((s) => (
        <li key={s.id} className="card spokesperson">
          <Heading>{s.name}</Heading>
          <p className="meta">{s.role}</p>
          <p>
            {s.availableNow ? <strong className="tag tag--green">{s.availabilityLabel}</strong> : <span className="tag tag--grey">{s.availabilityLabel}</span>}
            {s.mediaTrained ? <span className="tag tag--blue">{t('Media trained')}</span> : null}
          </p>
          <dl className="summary-list">
            <div className="summary-list__row">
              <dt>{t('Speaks on')}</dt>
              <dd>{s.topicLabels.join(', ')}</dd>
            </div>
            <div className="summary-list__row">
              <dt>{t('Nations')}</dt>
              <dd>{s.nations.join(', ')}</dd>
            </div>
            {s.availability.length ? (
              <div className="summary-list__row">
                <dt>{t('Usually available (UK time)')}</dt>
                <dd>
                  {s.availability.map((line) => (
                    <span key={line} className="spokesperson__window">
                      {line}
                    </span>
                  ))}
                </dd>
              </div>
            ) : null}
          </dl>
          {props.showBio && s.bio ? <p>{s.bio}</p> : null}
          <p>
            <Link to={`/press/enquiries/new?spokesperson=${s.id}${about}`}>
              {t('Ask to speak to {name}', { name: s.name })}
              <span className="visually-hidden"> {t('(media enquiry)')}</span>
            </Link>
          </p>
        </li>
      ))}
    </ul>
  )
}
