import { isRouteErrorResponse, Link, useRouteError } from '@remix-run/react'
import type { ReactNode } from 'react'
import { T, useT } from '~/i18n/react'

/** Whether an error says the visitor may not see the page (so an area's navigation is not for them). */
export function isAccessError(error: unknown) {
  return isRouteErrorResponse(error) && (error.status === 401 || error.status === 403)
}

/**
 * What a person sees when a page fails: the root's boundary and each area's (account, officer,
 * admin) render this, so a page not found, a refusal or a fault reads the same everywhere.
 */
export function GeneralErrorBoundary() {
  const error = useRouteError()
  const t = useT()
  const home = (text: ReactNode) => <Link to="/">{text}</Link>
  if (isRouteErrorResponse(error)) {
    if (error.status === 404) {
      return (
        <>
          <h1>{t('Page not found')}</h1>
          <p>{t('If you typed the web address, check it is correct.')}</p>
          <p>{t('If you pasted the web address, check you copied the entire address.')}</p>
          <p>
            <T message="You can go to the <home>Chorus home page</home>." values={{ home }} />
          </p>
        </>
      )
    }
    if (error.status === 403) {
      return (
        <>
          <h1>{t('You do not have access to this page')}</h1>
          <p>{typeof error.data === 'string' && error.data ? error.data : t('Your account does not have permission to see this page.')}</p>
          <p>
            <T
              message="If you think you should have access, contact the Chorus office. You can go to <account>your account</account> or the <home>home page</home>."
              values={{ home, account: (text: ReactNode) => <Link to="/account">{text}</Link> }}
            />
          </p>
        </>
      )
    }
    return (
      <>
        <h1>{error.status === 429 ? t('Too many requests') : t('Something was wrong with that request')}</h1>
        <p>{typeof error.data === 'string' && error.data ? error.data : error.statusText}</p>
        <p>
          <Link to="/">{t('Go to the home page')}</Link>
        </p>
      </>
    )
  }
  return (
    <>
      <h1>{t('Sorry, there is a problem with the service')}</h1>
      <p>{t('Try again later. Nothing you sent has been lost if you saw no confirmation — you can safely try again.')}</p>
      <p>
        <Link to="/">{t('Go to the home page')}</Link>
      </p>
    </>
  )
}
