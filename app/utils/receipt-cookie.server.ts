import { createCookie } from '@remix-run/node'
import { z } from 'zod'
import { pathIn, LOCALES } from '~/i18n/locale.ts'
import { getEnv } from './env.server.ts'
import { cookiesSecure } from './session.server.ts'

/**
 * A voter's receipt, carried from the vote to the ballot page it redirects to (a refresh must not
 * send the vote again). Chorus never stores a receipt against a member, and an address would keep
 * it in histories and logs: it rides in a signed, HttpOnly cookie named for its ballot and sent only
 * to the ballot pages (in both languages), which lives 15 minutes, so a refresh in that time shows
 * it again. It is shown only to the member who voted, and never after it lapses, whatever the
 * browser keeps.
 */
const RECEIPT_SHOWN_FOR_MS = 15 * 60_000

const Carried = z.object({ userId: z.string(), receipt: z.string().max(64), until: z.number() })

/** Under /ballots (not /ballots/:id): a page's data is fetched from `/ballots/:id.data`, which a path of /ballots/:id would not match. */
const PATHS = LOCALES.map((locale) => pathIn(locale, '/ballots'))

function receiptCookie(ballotId: string, path: string) {
  const env = getEnv()
  return createCookie(`chorus_receipt_${ballotId}`, {
    httpOnly: true,
    sameSite: 'lax',
    secure: cookiesSecure(env),
    path,
    maxAge: RECEIPT_SHOWN_FOR_MS / 1000,
    secrets: [env.sessionSecret],
  })
}

/** The headers (Set-Cookie) that carry a receipt to the ballot's page. */
export async function receiptHeaders(input: { ballotId: string; userId: string; receipt: string; now?: Date }) {
  const value = { userId: input.userId, receipt: input.receipt, until: (input.now ?? new Date()).getTime() + RECEIPT_SHOWN_FOR_MS }
  const headers = new Headers()
  for (const path of PATHS) headers.append('Set-Cookie', await receiptCookie(input.ballotId, path).serialize(value))
  return headers
}

/** The receipt this member was given in this ballot in the last 15 minutes, or null. */
export async function readReceipt(request: Request, input: { ballotId: string; userId: string; now?: Date }) {
  const header = request.headers.get('cookie')
  if (!header?.includes(`chorus_receipt_${input.ballotId}=`)) return null
  const parsed = Carried.safeParse(await receiptCookie(input.ballotId, PATHS[0]).parse(header))
  if (!parsed.success || parsed.data.userId !== input.userId || parsed.data.until <= (input.now ?? new Date()).getTime()) return null
  return parsed.data.receipt
}
