import { Link } from '@remix-run/react'

const day = (iso: string) => new Date(iso).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' })

/** The public version history: each version's permanent link, its note, and what changed from the one before. */
export function StatementVersions(props: { slug: string; versions: { version: number; changeNote: string; date: string }[] }) {
  const { slug, versions } = props
  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">Versions</h2>
      <ol className="versions">
        {versions.map((v) => (
          <li key={v.version}>
            <Link to={`/statements/${slug}/versions/${v.version}`}>Version {v.version}</Link>, {day(v.date)}: {v.changeNote}
            {v.version > 1 ? (
              <>
                {' · '}
                <Link to={`/statements/${slug}/diff?from=${v.version - 1}&to=${v.version}`}>
                  what changed<span className="visually-hidden"> from version {v.version - 1} to {v.version}</span>
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      {versions.length > 2 ? (
        <p>
          <Link to={`/statements/${slug}/diff?from=1&to=${versions.length}`}>Compare any two versions</Link>
        </p>
      ) : null}
    </section>
  )
}
