import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { redirect } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { ScopeFields } from '~/components/scope-fields'
import { ballotFormChoices } from '~/domain/voting/electorate.server'
import { ChoiceGroup } from '~/components/choices'
import { ServerErrorSummary } from '~/components/forms'
import { TextFieldPlain } from '~/components/text-field-plain'
import { createBallot } from '~/domain/voting/ballots.server'
import { NewBallotSchema } from '~/domain/voting/schemas'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { metaT } from '~/i18n/meta'
import { useShowText, useT } from '~/i18n/react'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'
import { msg } from '~/i18n/translate'

export async function loader({ request }: LoaderFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  return { ...(await ballotFormChoices(db)), officerId: officer.id }
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: NewBallotSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    const ballot = await createBallot(db, { ...submission.value, actorId: officer.id })
    return redirect(`/officer/ballots/${ballot.id}`)
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

const ORDER = ['kind', 'title', 'description', 'opensAt', 'closesAt', 'threshold', 'quorumPercent', 'seats', 'candidates', 'scopeNations', 'scopeBranches', 'scopeTiers', 'returningOfficerId']

export const handle: BreadcrumbHandle = { breadcrumb: [SECTION.ballots, { label: msg('Create a ballot') }] }

export default function NewBallotPage() {
  const result = useActionData<typeof action>()
  const choices = useLoaderData<typeof loader>()
  const t = useT()
  const show = useShowText()
  const errors = result?.error ?? {}
  const values = (result?.initialValue ?? {}) as Record<string, string>
  const scopeValues = (result?.initialValue ?? {}) as Record<string, string | string[]>
  const first = (name: string) => errors[name]?.[0] ?? undefined
  const shownError = (name: string) => {
    const error = first(name)
    return error ? show(error) : null
  }
  return (
    <div className="narrow">
      <ServerErrorSummary errors={errors} order={ORDER} choiceFields={['kind', 'threshold', 'scopeNations', 'scopeBranches', 'scopeTiers']} />
      <h1>{t('Create a ballot')}</h1>
      <Form method="post" noValidate>
        <ChoiceGroup
          type="radio"
          name="kind"
          legend={t('What kind of ballot?')}
          options={[
            { value: 'motion', label: t('A motion'), hint: t('For, Against or Abstain') },
            { value: 'election', label: t('An election'), hint: t('Members rank candidates; counted by single transferable vote') },
          ]}
          defaultValue={values.kind}
          error={first('kind')}
        />
        <TextFieldPlain name="title" label={t('Title')} defaultValue={values.title} error={first('title')} />
        <div className={`form-group${first('description') ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="field-description">
            {t('What members are voting on')}
          </label>
          {first('description') ? (
            <p className="error-message" id="field-description-error">
              {shownError('description')}
            </p>
          ) : null}
          <textarea id="field-description" name="description" className="textarea" rows={6} defaultValue={values.description} />
        </div>
        <TextFieldPlain
          name="opensAt"
          type="datetime-local"
          label={t('Voting opens (UK time)')}
          hint={t('For example {example}', { example: '2026-12-01T09:00' })}
          defaultValue={values.opensAt}
          error={first('opensAt')}
          width="medium"
        />
        <TextFieldPlain name="closesAt" type="datetime-local" label={t('Voting closes (UK time)')} defaultValue={values.closesAt} error={first('closesAt')} width="medium" />
        <ScopeFields tiers={choices.tiers} officers={choices.officers} defaultOfficerId={choices.officerId} values={scopeValues} errors={errors} />
        <h2>{t('For a motion')}</h2>
        <ChoiceGroup
          type="radio"
          name="threshold"
          legend={t('To pass, it needs')}
          options={[
            { value: 'simple', label: t('A simple majority of votes for or against') },
            { value: 'two_thirds', label: t('Two thirds of votes for or against') },
          ]}
          defaultValue={values.threshold ?? 'simple'}
          error={first('threshold')}
        />
        <TextFieldPlain name="quorumPercent" label={t('Quorum, per cent of the electorate (optional)')} defaultValue={values.quorumPercent} error={first('quorumPercent')} width="short" />
        <h2>{t('For an election')}</h2>
        <TextFieldPlain name="seats" label={t('Seats to fill')} defaultValue={values.seats} error={first('seats')} width="short" />
        <div className={`form-group${first('candidates') ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="field-candidates">
            {t('Candidates')}
          </label>
          <div className="hint" id="field-candidates-hint">
            {t('One per line: the name, a colon, then a short statement. For example “Ruth Asante: 20 years in child protection”.')}
          </div>
          {first('candidates') ? (
            <p className="error-message" id="field-candidates-error">
              {shownError('candidates')}
            </p>
          ) : null}
          <textarea id="field-candidates" name="candidates" className="textarea" rows={6} defaultValue={values.candidates} aria-describedby="field-candidates-hint" />
        </div>
        <button type="submit" className="button button--primary">
          {t('Save as draft')}
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Create a ballot — Chorus') }]
