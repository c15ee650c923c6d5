import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { data } from '@remix-run/node'
import { z } from 'zod'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { replyProblems } from '~/components/forms'
import { checkToken, verifyEmail } from '~/domain/auth/accounts.server'
import { DomainError } from '~/domain/errors'
import { db } from '~/utils/db.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { refuse } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { getUser } from '~/utils/session.server'
import { localeOf, pathIn } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'

/** The confirm button carries the link's token; one missing or overlong is an incomplete link. */
const TokenForm = z.object({ token: z.string().max(200) })
const readToken = (value: unknown) => (typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null)

/** Showing the page uses nothing up: mail scanners that follow the link do no harm. */
export async function loader({ request }: LoaderFunctionArgs) {
  const token = readToken(new URL(request.url).searchParams.get('token'))
  if (!token) return data({ token: null, problem: translateFor(request, msg('This link is not complete. Check you used the whole link from the email.')) }, { status: 400 })
  const check = await checkToken(db, 'verify_email', token)
  return check.ok ? { token, problem: null } : data({ token: null, problem: translateFor(request, check.problem) }, { status: 400 })
}

/** Confirmed: on to the account (or to sign in, from a browser that is not signed in), with the news at the top, so a refresh sends nothing again. */
export async function action({ request }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: TokenForm })
  const token = submission.status === 'success' ? submission.value.token : null
  if (!token) return refuse(request, submission, msg('This link is not complete.'))
  try {
    await verifyEmail(db, { token })
  } catch (error) {
    if (error instanceof DomainError) return refuse(request, submission, error.message, 400, error.values)
    throw error
  }
  const user = await getUser(request)
  return redirectWithFlash(pathIn(localeOf(request), user ? '/account' : '/login'), { message: msg('Your email address is confirmed') })
}

export default function VerifyEmailPage() {
  const { token, problem } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const account = (text: string) => <Link to="/account">{text}</Link>
  const shownProblem = replyProblems(result)[0] ?? problem
  if (shownProblem || !token) {
    return (
      <div className="narrow">
        <h1>{t('This link cannot be used')}</h1>
        <p>{shownProblem}</p>
        <p>
          <T message="<account>Go to your account</account> to send a new link." values={{ account }} />
        </p>
      </div>
    )
  }
  return (
    <div className="narrow">
      <h1>{t('Confirm your email address')}</h1>
      <p>{t('Select the button to confirm this email address belongs to you.')}</p>
      <Form method="post">
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="button button--primary">
          {t('Confirm email address')}
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Confirm your email address — Chorus') }]
