import { isWelshPath, pathIn } from './locale.ts'

type Handler = (request: Request, context?: Record<string, unknown>) => Promise<Response>

/**
 * The Welsh pages are the same Remix app mounted at `/cy` (its `basename`), so every `<Link>` and
 * `<Form>` on a Welsh page stays in Welsh by itself. A redirect written as a plain path
 * (`redirect('/account')`) is kept in Welsh here, for browsers without JavaScript too.
 */
export function keepInWelsh(handler: Handler): Handler {
  return async (request, context) => {
    const response = await handler(request, context)
    const location = response.headers.get('Location')
    if (response.status < 300 || response.status >= 400 || !location) return response
    if (!location.startsWith('/') || location.startsWith('//') || isWelshPath(location.split(/[?#]/)[0])) return response
    const headers = new Headers(response.headers)
    headers.set('Location', pathIn('cy', location))
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
  }
}
