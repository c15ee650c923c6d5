import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { metaT } from '~/i18n/meta'
import { translateFor } from '~/i18n/server'

export function loader({ request }: LoaderFunctionArgs) {
  throw new Response(translateFor(request, 'Page not found'), { status: 404 })
}

export default function NotFound() {
  return null
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Page not found — Chorus') }]
