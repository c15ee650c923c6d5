import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { data } from '@remix-run/node'
import { z } from 'zod'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { TextFieldPlain } from '~/components/text-field-plain'
import { findReceipt, getBallot } from '~/domain/voting/ballots.server'
import { ballotPhase } from '~/domain/voting/lifecycle'
import { normaliseReceipt } from '~/domain/voting/receipts'
import { db } from '~/utils/db.server'
import { readForm } from '~/utils/request.server'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { localeOf, translateFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { formatLondon } from '~/utils/london-time'

export async function loader({ params, request }: LoaderFunctionArgs) {
  const ballot = await getBallot(db, params.id ?? '')
  if (!ballot || ballot.status === 'draft') throw new Response(translateFor(request, 'Not Found'), { status: 404 })
  const phase = ballotPhase(ballot, new Date())
  return { id: ballot.id, title: ballot.title, published: phase === 'published', cancelled: phase === 'cancelled', closes: formatLondon(ballot.closesAt, localeOf(request)) }
}

/** Anyone with a receipt can check it: the answer says the paper is in the chain, never how it voted. */
const RECEIPT_FORMAT = msg('Enter the receipt code exactly as it was shown: 26 letters and numbers.')
/** A receipt as people copy it (any case, spaces and dashes), or a problem beside the field. */
const VerifySchema = z.object({
  receipt: z.string({ error: RECEIPT_FORMAT }).transform((typed, ctx) => normaliseReceipt(typed.slice(0, 100)) ?? (ctx.addIssue({ code: 'custom', message: RECEIPT_FORMAT }), z.NEVER)),
})

/** A look-up that changes nothing, so the answer is the page itself (no redirect). */
export async function action({ request, params }: ActionFunctionArgs) {
  const submission = parseWithZod(await readForm(request), { schema: VerifySchema })
  if (submission.status !== 'success') return data(submission.reply(), { status: 400 })
  const receipt = submission.value.receipt
  const paper = await findReceipt(db, params.id ?? '', receipt)
  if (!paper) return data(submission.reply({ fieldErrors: { receipt: [translateFor(request, 'No paper in this ballot has that receipt. Check the code and the ballot.')] } }), { status: 404 })
  return { found: true, receipt, counted: paper.counted, steps: paper.proof?.length ?? 0, root: paper.receiptsRoot ?? null }
}

export default function VerifyReceiptPage() {
  const ballot = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  return (
    <div className="narrow">
      <Link to={`/ballots/${ballot.id}`} className="back-link">
        {ballot.title}
      </Link>
      <span className="caption">{ballot.title}</span>
      <h1>{t('Check your receipt')}</h1>
      {result && 'found' in result ? (
        <div className="notice notice--success" role="status">
          <p>
            <strong>{t('Your vote is in the ballot box.')}</strong> {t('Receipt {receipt} is in the ballot “{title}”.', { receipt: result.receipt, title: ballot.title })}
          </p>
          <p>
            {'counted' in result && result.counted
              ? t(
                  'It is among the receipts committed at close (checked through {steps, plural, one {# hash} other {# hashes}} to the receipts root), and its paper was counted. The receipt does not say which paper is yours or how you voted, so nobody can use it to find out.',
                  { steps: 'steps' in result ? result.steps : 0 },
                )
              : t('It will be counted when voting closes. The receipt does not say how you voted, so nobody can use it to find out.')}
          </p>
        </div>
      ) : null}
      <Form method="post">
        <TextFieldPlain
          name="receipt"
          label={t('Receipt code')}
          hint={t('For example {example}, as shown when you voted.', { example: '7QK2-9D3M-…' })}
          error={result && 'error' in result ? (result.error?.receipt?.[0] ?? undefined) : undefined}
          defaultValue={result && 'found' in result ? result.receipt : String(result?.initialValue?.receipt ?? '')}
        />
        <button type="submit" className="button button--primary">
          {t('Check')}
        </button>
      </Form>
      {ballot.published ? (
        <p>
          <Link to={`/ballots/${ballot.id}/results`}>{t('Result')}</Link> · <Link to={`/ballots/${ballot.id}/receipts`}>{t('Every receipt and the final fingerprint')}</Link>
        </p>
      ) : ballot.cancelled ? null : (
        <p data-testid="results-date">
          {t('The result will be published when voting closes, at {closes}.', { closes: ballot.closes })}{' '}
          <Link to={`/ballots/${ballot.id}/calendar.ics?events=results`} reloadDocument>
            {t('Add the results date to your calendar')}
          </Link>
        </p>
      )}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = (args) => {
  const t = metaT(args)
  return [{ title: args.data?.title ? t('Check your receipt: {title} — Chorus', { title: args.data.title }) : t('Check your receipt — Chorus') }]
}
