import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ServerErrorSummary } from '~/components/forms'
import { TextFieldPlain } from '~/components/text-field-plain'
import { z } from 'zod'
import { getMembershipCard } from '~/domain/membership/join.server'
import { confirmsEmail, deleteAccount } from '~/domain/membership/privacy.server'
import { db } from '~/utils/db.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { endSession, requireUser } from '~/utils/session.server'
import { getStripe } from '~/utils/stripe.server'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request)
  const card = await getMembershipCard(db, user.id)
  return { email: user.email, membershipNumber: card?.number ?? null, paying: Boolean(card?.hasBilling), pressAccount: user.role === 'journalist' }
}

const DeleteSchema = z.object({ confirmEmail: z.string({ error: msg('Enter your email address to confirm that you want to delete your account') }).max(320) })

export async function action({ request }: ActionFunctionArgs) {
  const form = await readForm(request)
  const user = await requireUser(request)
  const submission = parseWithZod(form, { schema: DeleteSchema })
  if (submission.status !== 'success') return invalid(submission)
  if (!confirmsEmail(submission.value.confirmEmail, user.email)) {
    return data(submission.reply({ fieldErrors: { confirmEmail: [msg('The email address you entered is not the one on this account. Enter the address you sign in with')] } }), { status: 400 })
  }
  try {
    await deleteAccount(db, getStripe(), { userId: user.id })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
  return redirectWithFlash('/', { message: msg('Your account is deleted and your personal details are erased. Thank you for being part of Chorus.') }, { headers: await endSession(request) })
}

export const handle: BreadcrumbHandle = { breadcrumb: msg('Delete your account') }

export default function DeleteAccountPage() {
  const { email, membershipNumber, paying, pressAccount } = useLoaderData<typeof loader>()
  const actionData = useActionData<typeof action>()
  const errors = actionData?.error
  const t = useT()
  return (
    <div className="narrow">
      <ServerErrorSummary errors={errors} order={['confirmEmail']} />
      <h1>{t('Delete your account')}</h1>
      <p>{t('If you delete your account:')}</p>
      <ul>
        <li>
          {paying
            ? t('your membership payments stop straight away and you will not be charged again (payments already made are not refunded)')
            : t('any membership payments stop straight away and you will not be charged again (payments already made are not refunded)')}
        </li>
        {membershipNumber ? <li>{t('your membership ({number}) ends', { number: membershipNumber })}</li> : null}
        <li>{t('we erase your personal details: your name, email address, registration number, where you work, your email choices and the addresses on emails we sent you')}</li>
        <li>{t('we keep the records of payments you made, with no personal details in them, because the law on company accounts requires it')}</li>
        <li>{t('votes you have already cast stay counted, and stay secret: nobody can link them to you')}</li>
        <li>{t('your endorsements of position statements are removed, and their counts go down')}</li>
        <li>{t('comments you made in consultations stay with the officers as part of the record of how a statement was agreed, with your name taken off')}</li>
        {pressAccount ? (
          <>
            <li>{t('your press account and alert choices are removed')}</li>
            <li>{t('the press office keeps its log of the briefings you read under embargo (your name, outlet and when), as it does for every embargo, no longer linked to an account')}</li>
            <li>{t('media enquiries you sent stay with the press office as correspondence, with the contact details you gave in them, but are no longer linked to an account')}</li>
          </>
        ) : null}
        <li>{t('you are signed out on every device')}</li>
      </ul>
      <div className="notice notice--warning">
        <p>
          <T message="<strong>You cannot undo this.</strong> To join Chorus again you would need to create a new account." values={{ strong: (text: string) => <strong>{text}</strong> }} />
        </p>
      </div>
      <p>
        <T
          message="You may want to <download>download a copy of your data</download> first. If you only want to stop paying, manage your payments from <account>your account</account> instead."
          values={{ download: (text: string) => <a href="/account/export">{text}</a>, account: (text: string) => <Link to="/account#membership">{text}</Link> }}
        />
      </p>
      <Form method="post" noValidate>
        <TextFieldPlain
          name="confirmEmail"
          label={t('Enter your email address to confirm')}
          hint={t('The address you sign in with: {email}', { email })}
          error={errors?.confirmEmail?.[0]}
          type="email"
          autoComplete="off"
        />
        <button type="submit" className="button button--warning">
          {t('Delete my account')}
        </button>
      </Form>
      <p>
        <Link to="/account">{t('Keep my account')}</Link>
      </p>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Delete your account — Chorus') }]
