import { Link } from '@remix-run/react'
import { formatDate } from '~/i18n/format.ts'
import { T, useLocale, useShowText, useT } from '~/i18n/react.tsx'

/** The public version history: each version's permanent link, its note, and what changed from the one before. */
export function StatementVersions(props: { slug: string; versions: { version: number; changeNote: string; date: string }[] }) {
  const { slug, versions } = props
  const t = useT()
  const locale = useLocale()
  // Chorus's own notes ("First published") are messages; an officer's note is shown as written.
  const note = useShowText()
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('Versions')}</h2>
      <ol className="versions">
        {versions.map((v) => (
          <li key={v.version}>
            <T
              message="<version>Version {number}</version>, {date}: {note}"
              values={{
                version: (text: string) => <Link to={`/statements/${slug}/versions/${v.version}`}>{text}</Link>,
                number: v.version,
                date: formatDate(locale, v.date, 'long'),
                note: note(v.changeNote),
              }}
            />
            {v.version > 1 ? (
              <>
                {' · '}
                <Link to={`/statements/${slug}/diff?from=${v.version - 1}&to=${v.version}`}>
                  <T
                    message="what changed<hidden> from version {from} to {to}</hidden>"
                    values={{ from: v.version - 1, to: v.version, hidden: (text: string) => <span className="visually-hidden">{text}</span> }}
                  />
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {versions.length > 2 ? (
        <p>
          <Link to={`/statements/${slug}/diff?from=1&to=${versions.length}`}>{t('Compare any two versions')}</Link>
        </p>
      ) : null}
    </section>
  )
}
