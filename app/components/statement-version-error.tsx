import { isRouteErrorResponse, Link, useParams, useRouteError } from '@remix-run/react'
import { useT } from '~/i18n/react.tsx'

/** What a bad or unknown version link shows: the reason, and the way back to the statement. */
export function StatementVersionError() {
  const t = useT()
  const error = useRouteError()
  const { slug } = useParams()
  if (!isRouteErrorResponse(error) || (error.status !== 400 && error.status !== 404)) throw error
  const message = typeof error.data === 'string' && error.data ? error.data : t('There is no such version.')
  return (
    <>
      <h1>{error.status === 404 ? t('Version not found') : t('Those versions cannot be compared')}</h1>
      <p>{message}</p>
      <p>{slug ? <Link to={`/statements/${slug}#versions-heading`}>{t('See every version of this statement')}</Link> : <Link to="/statements">{t('See all position statements')}</Link>}</p>
    </>
  )
}
