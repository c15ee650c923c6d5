import { ACCOUNT_AREA, AreaErrorBoundary, AreaOutlet } from '~/components/area-layout'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { msg } from '~/i18n/translate'

/**
 * The account area's layout: navigation, breadcrumbs and one error boundary around every /account
 * page. It loads nothing and guards nothing: each page checks who is signed in on the server itself
 * (a layout's loader runs beside the page's, not before it, and not at all for a form post, so it
 * could not protect them). Which links a person sees comes from the root's signed-in user.
 */
export const handle: BreadcrumbHandle = { breadcrumb: msg('Your account') }

export default function AccountArea() {
  return <AreaOutlet area={ACCOUNT_AREA} />
}

export function ErrorBoundary() {
  return <AreaErrorBoundary area={ACCOUNT_AREA} />
}
