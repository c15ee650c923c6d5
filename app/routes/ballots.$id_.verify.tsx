import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { TextFieldPlain } from '~/components/text-field-plain'
import { findReceipt, getBallot } from '~/domain/voting/ballots.server'
import { ballotPhase } from '~/domain/voting/lifecycle'
import { normaliseReceipt } from '~/domain/voting/receipts'
import { db } from '~/utils/db.server'
import { readForm } from '~/utils/request.server'

export async function loader({ params }: LoaderFunctionArgs) {
  const ballot = await getBallot(db, params.id ?? '')
  if (!ballot || ballot.status === 'draft') throw new Response('Not Found', { status: 404 })
  return { id: ballot.id, title: ballot.title, published: ballotPhase(ballot, new Date()) === 'published' }
}

/** Anyone with a receipt can check it: the answer says the paper is in the chain, never how it voted. */
export async function action({ request, params }: ActionFunctionArgs) {
  const form = await readForm(request)
  const receipt = normaliseReceipt(String(form.get('receipt') ?? '').slice(0, 100))
  if (!receipt) return data({ found: false, receipt: null, problem: 'Enter the receipt code exactly as it was shown: 26 letters and numbers.' }, { status: 400 })
  const paper = await findReceipt(db, params.id ?? '', receipt)
  if (!paper) return data({ found: false, receipt, problem: 'No paper in this ballot has that receipt. Check the code and the ballot.' }, { status: 404 })
  return { found: true, receipt, problem: null, counted: paper.counted, steps: paper.proof?.length ?? 0, root: paper.receiptsRoot ?? null }
}

export default function VerifyReceiptPage() {
  const ballot = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <div className="narrow">
      <Link to={`/ballots/${ballot.id}`} className="back-link">
        {ballot.title}
      </Link>
      <span className="caption">{ballot.title}</span>
      <h1>Check your receipt</h1>
      {result?.found ? (
        <div className="notice notice--success" role="status">
          <p>
            <strong>Your vote is in the ballot box.</strong> Receipt {result.receipt} is in the ballot &ldquo;{ballot.title}&rdquo;.
          </p>
          <p>
            {'counted' in result && result.counted
              ? `It is among the receipts committed at close (checked through ${'steps' in result ? result.steps : 0} hashes to the receipts root), and its paper was counted. The receipt does not say which paper is yours or how you voted, so nobody can use it to find out.`
              : 'It will be counted when voting closes. The receipt does not say how you voted, so nobody can use it to find out.'}
          </p>
        </div>
      ) : null}
      <Form method="post">
        <TextFieldPlain name="receipt" label="Receipt code" hint="For example 7QK2-9D3M-…, as shown when you voted." error={result?.problem ?? undefined} defaultValue={result?.receipt ?? ''} />
        <button type="submit" className="button button--primary">
          Check
        </button>
      </Form>
      {ballot.published ? (
        <p>
          <Link to={`/ballots/${ballot.id}/results`}>Result</Link> · <a href={`/ballots/${ballot.id}/receipts`}>Every receipt and the final fingerprint</a>
        </p>
      ) : null}
    </div>
  )
}

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `Check your receipt: ${data?.title ?? 'ballot'} — Chorus` }]
