import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Link, useActionData, useLoaderData } from '@remix-run/react'
import { EnquiryForm, ENQUIRY_FIELD_ORDER } from '~/components/enquiry-form'
import { ServerErrorSummary } from '~/components/forms'
import { enquiryFormDefaults, submitEnquiry } from '~/domain/press/enquiries.server'
import { enquirySchema } from '~/domain/press/contact-schemas'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { listSpokespersonChoices } from '~/domain/press/spokespeople.server'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { clientIp, readForm, siteOrigin } from '~/utils/request.server'
import { getUser } from '~/utils/session.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { msg } from '~/i18n/translate'

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url)
  const user = await getUser(request)
  const [spokespeople, defaults] = await Promise.all([
    listSpokespersonChoices(db),
    enquiryFormDefaults(db, { user, spokespersonId: url.searchParams.get('spokesperson'), topic: url.searchParams.get('topic') }),
  ])
  return { sent: url.searchParams.get('sent') === '1', spokespeople, defaults, signedInJournalist: user?.role === 'journalist' }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await getUser(request)
  const submission = parseWithZod(await readForm(request), { schema: enquirySchema(localeOf(request)) })
  if (submission.status !== 'success') return invalid(submission)
  const journalistUserId = user?.role === 'journalist' ? user.id : null
  try {
    await submitEnquiry(db, {
      ...submission.value,
      ip: clientIp(request, context),
      journalistUserId,
      sender: user ? { userId: user.id, confirmed: Boolean(user.emailVerifiedAt) } : null,
      baseUrl: siteOrigin(request),
      locale: localeOf(request) === 'cy' ? 'cy' : undefined,
    })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
  // A journalist's enquiries are listed on their page; anyone else is told what happens next.
  if (journalistUserId) return redirectWithFlash('/press/enquiries', { message: msg('Enquiry sent. We’ve emailed you a confirmation, and it is listed below.') })
  return redirectWithFlash('/press/enquiries/new?sent=1', { message: msg('We’ve emailed you a confirmation.') })
}

export default function NewEnquiryPage() {
  const { sent, spokespeople, defaults, signedInJournalist } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const errors = result?.error ?? {}
  const t = useT()
  if (sent && !result) {
    return (
      <div className="narrow">
        <h1>{t('Enquiry sent')}</h1>
        <h2>{t('What happens next')}</h2>
        <p>{t('The press office has your question and your deadline. An officer will reply by email, or say before your deadline if we cannot help.')}</p>
        <p>
          <Link to="/press">{t('Back to the press room')}</Link>
        </p>
      </div>
    )
  }
  return (
    <div className="narrow">
      <Link to="/press" className="back-link">
        {t('Press room')}
      </Link>
      <ServerErrorSummary errors={errors} order={ENQUIRY_FIELD_ORDER} />
      <h1>{t('Send a media enquiry')}</h1>
      <p className="lead">{t('Ask the Chorus press office for a comment, an interview or background. Tell us your deadline and we will answer before it where we can.')}</p>
      {signedInJournalist ? (
        <p>
          <T
            message="You are signed in, so you can follow this enquiry in <link>your enquiries</link>."
            values={{
              link: (text: string) => (
                <Link key="e" to="/press/enquiries">
                  {text}
                </Link>
              ),
            }}
          />
        </p>
      ) : null}
      <EnquiryForm values={(result?.initialValue as Record<string, string> | undefined) ?? defaults} errors={errors} spokespeople={spokespeople} />
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Send a media enquiry — Chorus press office') }]
