import { ADMIN_AREA, AreaErrorBoundary, AreaOutlet } from '~/components/area-layout'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { msg } from '~/i18n/translate'

/**
 * The admin area's layout: navigation, breadcrumbs and one error boundary around every /admin page.
 * It loads nothing and guards nothing: each page checks the role on the server itself (a layout's
 * loader runs beside the page's, not before it, and not at all for a form post, so it could not
 * protect them).
 */
export const handle: BreadcrumbHandle = { breadcrumb: msg('Admin') }

export default function AdminArea() {
  return <AreaOutlet area={ADMIN_AREA} />
}

export function ErrorBoundary() {
  return <AreaErrorBoundary area={ADMIN_AREA} />
}
