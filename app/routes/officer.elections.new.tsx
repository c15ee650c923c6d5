import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, useActionData, useLoaderData } from '@remix-run/react'
import { ChoiceGroup } from '~/components/choices'
import { ServerErrorSummary } from '~/components/forms'
import { ScopeFields } from '~/components/scope-fields'
import { TextFieldPlain } from '~/components/text-field-plain'
import { ballotFormChoices } from '~/domain/voting/electorate.server'
import { OpenNominationsSchema } from '~/domain/voting/nomination-schemas'
import { openNominations } from '~/domain/voting/nominations.server'
import { metaT } from '~/i18n/meta'
import { useShowText, useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { redirectWithFlash } from '~/utils/flash.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'
import { SECTION } from '~/components/area-layout'

export async function loader({ request }: LoaderFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  return { ...(await ballotFormChoices(db)), officerId: officer.id }
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: OpenNominationsSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    const ballot = await openNominations(db, { ...submission.value, actorId: officer.id })
    return redirectWithFlash(`/officer/ballots/${ballot.id}/nominations`, { message: msg('Nominations are open. Members in scope can stand now.') })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

const ORDER = [
  'title',
  'description',
  'seats',
  'scopeNations',
  'scopeBranches',
  'scopeTiers',
  'returningOfficerId',
  'nominationsCloseAt',
  'supportersNeeded',
  'statementWordLimit',
  'standTiers',
  'standMinYears',
  'candidateOrder',
  'opensAt',
  'closesAt',
]

export const handle: BreadcrumbHandle = { breadcrumb: [SECTION.ballots, { label: msg('Open nominations for an election') }] }

export default function OpenNominationsPage() {
  const choices = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  const t = useT()
  const show = useShowText()
  const errors = result?.error ?? {}
  const values = (result?.initialValue ?? {}) as Record<string, string | string[]>
  const first = (name: string) => errors[name]?.[0] ?? undefined
  const text = (name: string) => values[name] as string | undefined
  return (
    <div className="narrow">
      <ServerErrorSummary errors={errors} order={ORDER} choiceFields={['scopeNations', 'scopeBranches', 'scopeTiers', 'standTiers', 'candidateOrder']} />
      <h1>{t('Open nominations for an election')}</h1>
      <Form method="post" noValidate>
        <TextFieldPlain name="title" label={t('Title')} hint={t('For example “Cymru committee 2027”')} defaultValue={text('title')} error={first('title')} />
        <div className={`form-group${first('description') ? ' form-group--error' : ''}`}>
          <label className="label" htmlFor="field-description">
            {t('What the election is for')}
          </label>
          {first('description') ? (
            <p className="error-message" id="field-description-error">
              {show(first('description')!)}
            </p>
          ) : null}
          <textarea id="field-description" name="description" className="textarea" rows={4} defaultValue={text('description')} />
        </div>
        <TextFieldPlain name="seats" label={t('Seats to fill')} defaultValue={text('seats')} error={first('seats')} width="short" />
        <ScopeFields tiers={choices.tiers} officers={choices.officers} defaultOfficerId={choices.officerId} values={values} errors={errors} />
        <h2>{t('Nominations')}</h2>
        <TextFieldPlain
          name="nominationsCloseAt"
          type="datetime-local"
          label={t('Nominations close (UK time)')}
          defaultValue={text('nominationsCloseAt')}
          error={first('nominationsCloseAt')}
          width="medium"
        />
        <TextFieldPlain
          name="supportersNeeded"
          label={t('Supporters each nomination needs')}
          hint={t('Members who can vote in this election; the nominee does not count.')}
          defaultValue={text('supportersNeeded') ?? '5'}
          error={first('supportersNeeded')}
          width="short"
        />
        <TextFieldPlain
          name="statementWordLimit"
          label={t('Word limit for candidates’ statements')}
          defaultValue={text('statementWordLimit') ?? '300'}
          error={first('statementWordLimit')}
          width="short"
        />
        <ChoiceGroup
          type="checkbox"
          name="standTiers"
          legend={t('Tiers whose members can stand')}
          hint={t('Leave empty for any member who can vote in this election.')}
          options={choices.tiers.map((tier) => ({ value: tier.id, label: show(tier.name) }))}
          defaultValue={values.standTiers}
          error={first('standTiers')}
        />
        <TextFieldPlain name="standMinYears" label={t('Years of membership needed to stand')} defaultValue={text('standMinYears') ?? '0'} error={first('standMinYears')} width="short" />
        <ChoiceGroup
          type="radio"
          name="candidateOrder"
          legend={t('Order of candidates on the ballot paper')}
          hint={t('The paper tells voters which order was used.')}
          options={[
            { value: 'alphabetical', label: t('Alphabetical by surname') },
            { value: 'random', label: t('Random, drawn when nominations close') },
          ]}
          defaultValue={text('candidateOrder') ?? 'alphabetical'}
          error={first('candidateOrder')}
        />
        <h2>{t('Voting')}</h2>
        <TextFieldPlain name="opensAt" type="datetime-local" label={t('Voting opens (UK time)')} defaultValue={text('opensAt')} error={first('opensAt')} width="medium" />
        <TextFieldPlain name="closesAt" type="datetime-local" label={t('Voting closes (UK time)')} defaultValue={text('closesAt')} error={first('closesAt')} width="medium" />
        <button type="submit" className="button button--primary">
          {t('Open nominations')}
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Open nominations — Chorus') }]
