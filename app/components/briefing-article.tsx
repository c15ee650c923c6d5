import { Link } from '@remix-run/react'
import type { ReactNode } from 'react'
import { embargoNotice, endsLine } from '~/domain/press/embargo-line'
import { T, useLocale, useT } from '~/i18n/react'
import { formatLondon } from '~/utils/london-time'

export interface BriefingArticleData {
  headline: string
  standfirst: string
  html: string
  keyFacts: string[]
  quotes: { text: string; name: string; role: string }[]
  notesToEditors: string
  contact: { name: string; email: string; phone: string }
  citations: { slug: string; title: string }[]
  topics: { slug: string; label: string }[]
  publishedAt: string | null
  version: number
  versions: { version: number; correctionNote: string | null; date: string }[]
}

/** The embargo warning: the lift time and who is reading, so a leaked screenshot names its source. */
export function EmbargoBanner(props: { until: string; name?: string; outlet?: string }) {
  const t = useT()
  const locale = useLocale()
  return (
    <div className="embargo-banner" role="note" aria-label={t('Embargo')}>
      <span className="embargo-banner__label">{t('Embargoed')}</span>
      <p>
        <T
          message="<strong>{notice}.</strong> Not for publication, broadcast or online use before then."
          values={{ notice: embargoNotice(props.until, locale), strong: (text: string) => <strong key="n">{text}</strong> }}
        />
      </p>
      {props.name ? (
        <p>
          {props.outlet
            ? t('Shown to {name}, {outlet}. Each view under embargo is logged.', { name: props.name, outlet: props.outlet })
            : t('Shown to {name}. Each view under embargo is logged.', { name: props.name })}
        </p>
      ) : null}
    </div>
  )
}

/** A briefing as journalists read it: phone first, printable. `aside` is where spokespeople go. */
export function BriefingArticle(props: { b: BriefingArticleData; banner?: ReactNode; aside?: ReactNode; preview?: boolean }) {
  const { b } = props
  const t = useT()
  const locale = useLocale()
  const corrections = b.versions.filter((v) => v.correctionNote)
  return (
    <article className="briefing">
      {props.banner}
      <span className="caption">{b.publishedAt ? t('Chorus press briefing · {when}', { when: formatLondon(b.publishedAt, locale) }) : t('Chorus press briefing')}</span>
      {props.preview ? <h2>{b.headline}</h2> : <h1>{b.headline}</h1>}
      {b.standfirst ? <p className="lead">{b.standfirst}</p> : null}
      {corrections.length ? (
        <div className="inset-text" id="corrections">
          <h2>{t('Corrected')}</h2>
          <ul>
            {corrections.map((c) => (
              <li key={c.version}>{`${formatLondon(c.date, locale)}: ${c.correctionNote ?? ''}`}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="prose" dangerouslySetInnerHTML={{ __html: b.html }} />
      {b.keyFacts.length ? (
        <section aria-labelledby="facts-heading">
          <h2 id="facts-heading">{t('Key facts')}</h2>
          <ul>
            {b.keyFacts.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {b.quotes.length ? (
        <section aria-labelledby="quotes-heading">
          <h2 id="quotes-heading">{t('Quotes')}</h2>
          {b.quotes.map((q) => (
            <figure key={q.text} className="quote">
              <blockquote>
                <p>“{q.text}”</p>
              </blockquote>
              <figcaption>
                {q.name}
                {q.role ? `, ${q.role}` : ''}
              </figcaption>
            </figure>
          ))}
        </section>
      ) : null}
      {props.aside}
      {b.citations.length ? (
        <section aria-labelledby="background-heading">
          <h2 id="background-heading">{t('Background')}</h2>
          <ul>
            {b.citations.map((c) => (
              <li key={c.slug}>
                <T
                  message="<link>{title}</link> (position statement)"
                  values={{
                    title: c.title,
                    link: (text: string) => (
                      <Link key="s" to={`/statements/${c.slug}`}>
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
      <p className="briefing__ends">
        <strong>{endsLine(locale)}</strong>
      </p>
      {b.notesToEditors ? (
        <section aria-labelledby="notes-heading">
          <h2 id="notes-heading">{t('Notes to editors')}</h2>
          {b.notesToEditors.split(/\n{2,}/).map((p) => (
            <p key={p}>{p}</p>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="contact-heading" className="card">
        <h2 id="contact-heading">{t('Press office contact')}</h2>
        <p>
          {b.contact.name || t('Chorus press office')}
          {b.contact.email ? (
            <>
              <br />
              <a href={`mailto:${b.contact.email}`}>{b.contact.email}</a>
            </>
          ) : null}
          {b.contact.phone ? (
            <>
              <br />
              <a href={`tel:${b.contact.phone.replace(/\s+/g, '')}`}>{b.contact.phone}</a>
            </>
          ) : null}
        </p>
      </section>
      {b.topics.length ? (
        <p className="meta">
          {t('Topics:')}{' '}
          {b.topics.map((topic, i) => (
            <span key={topic.slug}>
              {i ? ', ' : ''}
              <Link to={`/press?topic=${topic.slug}`}>{t(topic.label)}</Link>
            </span>
          ))}
          {b.version > 1 ? ` · ${t('version {version}', { version: b.version })}` : ''}
        </p>
      ) : null}
    </article>
  )
}

/** What readers see at a withdrawn briefing's address instead of its body. */
export function WithdrawnNotice(props: { headline: string; notice: string; withdrawnAt: string | null }) {
  const t = useT()
  const locale = useLocale()
  return (
    <article className="briefing">
      <span className="caption">{t('Chorus press briefing · withdrawn')}</span>
      <h1>{props.headline}</h1>
      <div className="embargo-banner" role="note">
        <span className="embargo-banner__label">{t('Withdrawn')}</span>
        <p>{props.notice}</p>
        {props.withdrawnAt ? <p>{t('Withdrawn {when}.', { when: formatLondon(props.withdrawnAt, locale) })}</p> : null}
      </div>
    </article>
  )
}
