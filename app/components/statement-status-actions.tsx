import { Form, Link } from '@remix-run/react'
import type { StatementStatus } from '~/domain/statements/status.ts'
import { ChoiceGroup } from './choices.tsx'
import { TextFieldPlain } from './text-field-plain.tsx'
import { useT } from '~/i18n/react.tsx'

type Errors = Record<string, string[] | null | undefined> | null

/** What officers can do next with a statement, as the status machine allows. Withdrawing asks first, on its own screen (`?confirm=withdraw`). */
export function StatementStatusActions(props: { status: StatementStatus; goingToVote: boolean; errors: Errors; pagePath: string; confirmWithdraw: boolean }) {
  const t = useT()
  const first = (name: string) => props.errors?.[name]?.[0] ?? undefined
  const { status } = props
  if (status === 'superseded' || status === 'withdrawn')
    return <p>{t('{status, select, superseded {This statement is superseded.} other {This statement is withdrawn.}} Nothing more can change; its record stays public.', { status })}</p>
  if (status === 'draft' || status === 'consultation') {
    if (props.goingToVote) return <p>{t('While members are voting, the statement cannot be published another way.')}</p>
    return (
      <>
        <h2>{t('Publish it now')}</h2>
        <p>{t('Officers adopt it on the profession’s behalf. It becomes public as version 1.')}</p>
        <Form method="post">
          <button type="submit" name="intent" value="publish" className="button button--primary">
            {t('Publish now')}
          </button>
        </Form>
        <h2>{t('Or put it to members’ vote')}</h2>
        <p>{t('This creates a motion ballot. If it passes, the statement is published automatically with a link to the vote; if it fails, it goes back to draft.')}</p>
        <Form method="post" noValidate>
          <TextFieldPlain name="opensAt" type="datetime-local" label={t('Voting opens (UK time)')} hint={t('For example 2026-12-01T09:00')} error={first('opensAt')} width="medium" />
          <TextFieldPlain name="closesAt" type="datetime-local" label={t('Voting closes (UK time)')} error={first('closesAt')} width="medium" />
          <ChoiceGroup
            type="radio"
            name="threshold"
            legend={t('To pass, it needs')}
            options={[
              { value: 'simple', label: t('A simple majority of votes for or against') },
              { value: 'two_thirds', label: t('Two thirds of votes for or against') },
            ]}
            defaultValue="simple"
            error={first('threshold')}
          />
          <button type="submit" name="intent" value="vote" className="button button--secondary">
            {t('Put it to members’ vote')}
          </button>
        </Form>
      </>
    )
  }
  return (
    <>
      <h2>{t('Review')}</h2>
      {status === 'adopted' ? (
        <Form method="post">
          <p>{t('Mark it as under review while officers reconsider it. It stays public and can still be endorsed.')}</p>
          <button type="submit" name="intent" value="start_review" className="button button--secondary">
            {t('Start a review')}
          </button>
        </Form>
      ) : (
        <Form method="post">
          <p>{t('End the review and keep the statement as it is, or publish a new version from the Text tab.')}</p>
          <button type="submit" name="intent" value="reaffirm" className="button button--secondary">
            {t('Reaffirm it')}
          </button>
        </Form>
      )}
      <h2>{t('Replace it with another statement')}</h2>
      <Form method="post" noValidate>
        <TextFieldPlain
          name="bySlug"
          label={t('Web address of the statement that replaces it')}
          hint={t('A published statement, for example https://chorus.example/statements/safe-caseloads')}
          error={first('bySlug')}
        />
        <button type="submit" name="intent" value="supersede" className="button button--secondary">
          {t('Mark as superseded')}
        </button>
      </Form>
      {props.confirmWithdraw ? (
        <Form method="post" action={props.pagePath} className="card" id="withdraw">
          <h2>{t('Are you sure you want to withdraw this statement?')}</h2>
          <p>{t('Chorus will no longer hold this position. The page stays, marked as withdrawn, and nothing more can change. This cannot be undone.')}</p>
          <input type="hidden" name="confirm" value="yes" />
          <div className="button-group">
            <button type="submit" name="intent" value="withdraw" className="button button--warning">
              {t('Yes, withdraw this statement')}
            </button>
            <Link to={props.pagePath} className="link">
              {t('No, keep it')}
            </Link>
          </div>
        </Form>
      ) : (
        <>
          <h2 id="withdraw">{t('Withdraw it')}</h2>
          <p>{t('Chorus no longer holds this position. The page stays, marked as withdrawn. This cannot be undone.')}</p>
          <Link to={`${props.pagePath}?confirm=withdraw#withdraw`} className="button button--warning">
            {t('Withdraw this statement')}
          </Link>
        </>
      )}
    </>
  )
}
