import { createReadableStreamFromReadable, writeReadableStreamToWritable } from '@remix-run/node'
import type express from 'express'

/**
 * Express ⇄ Fetch for the server module, so the Remix handler can be wrapped (by the page cache)
 * between the two. The same conversions `@remix-run/express` makes, through public APIs only.
 */
export function toFetchRequest(req: express.Request, res: express.Response): Request {
  // req.hostname respects Express's trust proxy setting but drops the port: take it from the header.
  const port = (req.get('X-Forwarded-Host') ?? req.get('host') ?? '').split(':')[1]
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ''}${req.originalUrl}`)
  const headers = new Headers()
  for (const [name, values] of Object.entries(req.headers)) {
    if (values === undefined) continue
    for (const value of Array.isArray(values) ? values : [values]) headers.append(name, value)
  }
  const controller = new AbortController()
  let finished = false
  // Loaders and actions stop when the client has gone before the response was written.
  res.on('finish', () => (finished = true))
  res.on('close', () => finished || controller.abort())
  const init: RequestInit & { duplex?: 'half' } = { method: req.method, headers, signal: controller.signal }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    init.body = createReadableStreamFromReadable(req)
    init.duplex = 'half'
  }
  return new Request(url.href, init)
}

export async function sendFetchResponse(res: express.Response, response: Response) {
  res.statusMessage = response.statusText
  res.status(response.status)
  for (const [name, value] of response.headers.entries()) res.append(name, value)
  if (/text\/event-stream/i.test(response.headers.get('Content-Type') ?? '')) res.flushHeaders()
  if (response.body) await writeReadableStreamToWritable(response.body, res)
  else res.end()
}
