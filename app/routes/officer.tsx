import { OFFICER_AREA, AreaErrorBoundary, AreaOutlet } from '~/components/area-layout'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { msg } from '~/i18n/translate'

/**
 * The officer area's layout: navigation, breadcrumbs and one error boundary around every /officer page.
 * It loads nothing and guards nothing: each page checks the role on the server itself (a layout's
 * loader runs beside the page's, not before it, and not at all for a form post, so it could not
 * protect them).
 */
export const handle: BreadcrumbHandle = { breadcrumb: msg('Officer dashboard') }

export default function OfficerArea() {
  return <AreaOutlet area={OFFICER_AREA} />
}

export function ErrorBoundary() {
  return <AreaErrorBoundary area={OFFICER_AREA} />
}
