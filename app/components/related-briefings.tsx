import { Link } from '@remix-run/react'
import { useT } from '~/i18n/react'

/** The press briefings that cite a statement, so a reader sees where the profession has used it. */
export function RelatedBriefings({ briefings }: { briefings: { slug: string; headline: string }[] }) {
  const t = useT()
  if (briefings.length === 0) return null
  return (
    <section aria-labelledby="briefings-heading">
      <h2 id="briefings-heading">{t('Related press briefings')}</h2>
      <ul>
        {briefings.map((b) => (
          <li key={b.slug}>
            <Link to={`/press/${b.slug}`}>{b.headline}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
