import type { MetaFunction } from '@remix-run/node'

export function loader() {
  throw new Response('Not Found', { status: 404 })
}

export default function NotFound() {
  return null
}

export const meta: MetaFunction = () => [{ title: 'Page not found — Chorus' }]
