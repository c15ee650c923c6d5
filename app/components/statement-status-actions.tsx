import { Form, Link } from '@remix-run/react'
import type { StatementStatus } from '../domain/statements/status.ts'
import { ChoiceGroup } from './choices.tsx'
import { TextFieldPlain } from './text-field-plain.tsx'

type Errors = Record<string, string[] | null | undefined> | null

/** What officers can do next with a statement, as the status machine allows. Withdrawing asks first, on its own screen (`?confirm=withdraw`). */
export function StatementStatusActions(props: { status: StatementStatus; goingToVote: boolean; errors: Errors; pagePath: string; confirmWithdraw: boolean }) {
  const first = (name: string) => props.errors?.[name]?.[0] ?? undefined
  const { status } = props
  if (status === 'superseded' || status === 'withdrawn') return <p>This statement is {status}. Nothing more can change; its record stays public.</p>
  if (status === 'draft' || status === 'consultation') {
    if (props.goingToVote) return <p>While members are voting, the statement cannot be published another way.</p>
    return (
      <>
        <h2>Publish it now</h2>
        <p>Officers adopt it on the profession’s behalf. It becomes public as version 1.</p>
        <Form method="post">
          <button type="submit" name="intent" value="publish" className="button button--primary">
            Publish now
          </button>
        </Form>
        <h2>Or put it to members’ vote</h2>
        <p>This creates a motion ballot. If it passes, the statement is published automatically with a link to the vote; if it fails, it goes back to draft.</p>
        <Form method="post" noValidate>
          <TextFieldPlain name="opensAt" type="datetime-local" label="Voting opens (UK time)" hint="For example 2026-12-01T09:00" error={first('opensAt')} width="medium" />
          <TextFieldPlain name="closesAt" type="datetime-local" label="Voting closes (UK time)" error={first('closesAt')} width="medium" />
          <ChoiceGroup type="radio" name="threshold" legend="To pass, it needs" options={[{ value: 'simple', label: 'A simple majority of votes for or against' }, { value: 'two_thirds', label: 'Two thirds of votes for or against' }]} defaultValue="simple" error={first('threshold')} />
          <button type="submit" name="intent" value="vote" className="button button--secondary">
            Put it to members’ vote
          </button>
        </Form>
      </>
    )
  }
  return (
    <>
      <h2>Review</h2>
      {status === 'adopted' ? (
        <Form method="post">
          <p>Mark it as under review while officers reconsider it. It stays public and can still be endorsed.</p>
          <button type="submit" name="intent" value="start_review" className="button button--secondary">
            Start a review
          </button>
        </Form>
      ) : (
        <Form method="post">
          <p>End the review and keep the statement as it is, or publish a new version from the Text tab.</p>
          <button type="submit" name="intent" value="reaffirm" className="button button--secondary">
            Reaffirm it
          </button>
        </Form>
      )}
      <h2>Replace it with another statement</h2>
      <Form method="post" noValidate>
        <TextFieldPlain name="bySlug" label="Web address of the statement that replaces it" hint="A published statement, for example https://chorus.example/statements/safe-caseloads" error={first('bySlug')} />
        <button type="submit" name="intent" value="supersede" className="button button--secondary">
          Mark as superseded
        </button>
      </Form>
      {props.confirmWithdraw ? (
        <Form method="post" action={props.pagePath} className="card" id="withdraw">
          <h2>Are you sure you want to withdraw this statement?</h2>
          <p>Chorus will no longer hold this position. The page stays, marked as withdrawn, and nothing more can change. This cannot be undone.</p>
          <input type="hidden" name="confirm" value="yes" />
          <div className="button-group">
            <button type="submit" name="intent" value="withdraw" className="button button--warning">
              Yes, withdraw this statement
            </button>
            <Link to={props.pagePath} className="link">
              No, keep it
            </Link>
          </div>
        </Form>
      ) : (
        <>
          <h2 id="withdraw">Withdraw it</h2>
          <p>Chorus no longer holds this position. The page stays, marked as withdrawn. This cannot be undone.</p>
          <Link to={`${props.pagePath}?confirm=withdraw#withdraw`} className="button button--warning">
            Withdraw this statement
          </Link>
        </>
      )}
    </>
  )
}
