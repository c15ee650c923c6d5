import { isRouteErrorResponse, Link, useParams, useRouteError } from '@remix-run/react'

/** What a bad or unknown version link shows: the reason, and the way back to the statement. */
export function StatementVersionError() {
  const error = useRouteError()
  const { slug } = useParams()
  if (!isRouteErrorResponse(error) || (error.status !== 400 && error.status !== 404)) throw error
  const message = typeof error.data === 'string' && error.data ? error.data : 'There is no such version.'
  return (
    <>
      <h1>{error.status === 404 ? 'Version not found' : 'Those versions cannot be compared'}</h1>
      <p>{message}</p>
      <p>{slug ? <Link to={`/statements/${slug}#versions-heading`}>See every version of this statement</Link> : <Link to="/statements">See all position statements</Link>}</p>
    </>
  )
}
