import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { parseWithZod } from '@conform-to/zod/v4'
import { z } from 'zod'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ChoiceGroup } from '~/components/choices'
import { ServerErrorSummary } from '~/components/forms'
import { DataTable } from '~/components/data-table'
import { getPressSettings, listBriefingsForOfficer, setSecondApprovalRequired } from '~/domain/press/briefings.server'
import { pressNow } from '~/domain/press/clock'
import { isUnderEmbargo } from '~/domain/press/embargo'
import { duration } from '~/domain/press/present'
import { BRIEFING_STATUS_LABELS } from '~/domain/press/status'
import { localeOf } from '~/i18n/locale'
import { metaT } from '~/i18n/meta'
import { useT } from '~/i18n/react'
import { translatorFor } from '~/i18n/server'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid } from '~/utils/forms.server'
import { formatLondon } from '~/utils/london-time'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const now = pressNow()
  const locale = localeOf(request)
  const t = translatorFor(locale)
  const [rows, settings] = await Promise.all([listBriefingsForOfficer(db), getPressSettings(db)])
  const group = (b: (typeof rows)[number]) => (b.status === 'scheduled' && !isUnderEmbargo(b, now) ? 'published' : b.status)
  return {
    settings,
    briefings: rows.map((b) => ({
      id: b.id,
      headline: b.headline,
      group: group(b),
      label: t(b.status === 'scheduled' && !isUnderEmbargo(b, now) ? msg('Published (embargo lifted)') : BRIEFING_STATUS_LABELS[b.status]),
      when:
        b.embargoUntil && isUnderEmbargo(b, now)
          ? t(msg('Lifts {when}'), { when: formatLondon(b.embargoUntil, locale) })
          : b.publishedAt
            ? t(msg('Public since {when}'), { when: formatLondon(b.publishedAt, locale) })
            : t(msg('Last edited {when}'), { when: formatLondon(b.updatedAt, locale) }),
      draftToSent: duration(b.timing.draftToSentSeconds, locale),
      toLastAlert: duration(b.timing.liftAlertSeconds ?? b.timing.embargoAlertSeconds, locale),
    })),
  }
}

const SettingsSchema = z.object({ secondApproval: z.enum(['required', 'not-required'], { error: msg('Choose whether a second officer must approve each briefing') }) })

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const submission = parseWithZod(await readForm(request), { schema: SettingsSchema })
  if (submission.status !== 'success') return invalid(submission)
  const choice = submission.value.secondApproval
  await setSecondApprovalRequired(db, { actorId: officer.id, required: choice === 'required' })
  return redirectBackWithFlash(request, {
    message: choice === 'required' ? msg('Saved. Each briefing now needs a second officer’s approval before it is sent.') : msg('Saved. A briefing can now be sent by one officer.'),
  })
}

const GROUPS = [
  ['awaiting_approval', msg('Awaiting approval')],
  ['draft', msg('Drafts')],
  ['scheduled', msg('Under embargo')],
  ['published', msg('Published')],
  ['withdrawn', msg('Withdrawn')],
] as const

export const handle: BreadcrumbHandle = { breadcrumb: msg('Press briefings') }

export default function OfficerPressPage() {
  const { briefings, settings } = useLoaderData<typeof loader>()
  const saved = useActionData<typeof action>()
  const t = useT()
  return (
    <>
      <h1>{t('Press briefings')}</h1>
      <p className="lead">{t('A rapid response takes three steps: choose the situation, fill in the prefilled briefing, then publish or embargo.')}</p>
      <p>
        <Link to="/officer/press/new" className="button button--primary">
          {t('New rapid response')}
        </Link>{' '}
        <Link to="/officer/journalists">{t('Press accounts to check')}</Link>
      </p>
      {GROUPS.map(([key, title]) => {
        const list = briefings.filter((b) => b.group === key)
        if (list.length === 0) return null
        return (
          <section key={key} aria-labelledby={`group-${key}`}>
            <h2 id={`group-${key}`}>{t(title)}</h2>
            <DataTable columns={[t('Briefing'), t('Status'), t('Draft to sent'), t('Sent to last alert delivered')]}>
              {list.map((b) => (
                <tr key={b.id}>
                  <td>
                    <Link to={`/officer/press/${b.id}`}>{b.headline}</Link>
                    <br />
                    <span className="meta">{b.when}</span>
                  </td>
                  <td>{b.label}</td>
                  <td>{b.draftToSent}</td>
                  <td>{b.toLastAlert}</td>
                </tr>
              ))}
            </DataTable>
          </section>
        )
      })}
      <Form method="post" className="card">
        <ServerErrorSummary errors={saved?.error} order={['secondApproval']} choiceFields={['secondApproval']} />
        <ChoiceGroup
          type="radio"
          name="secondApproval"
          legend={<h2 className="fieldset__heading">{t('Approval')}</h2>}
          options={[
            { value: 'required', label: t('A second officer must approve each briefing before it is sent') },
            { value: 'not-required', label: t('The drafting officer can send a briefing on their own') },
          ]}
          defaultValue={settings.secondApprovalRequired ? 'required' : 'not-required'}
          error={saved?.error?.secondApproval?.[0]}
        />
        <button type="submit" className="button button--secondary">
          {t('Save setting')}
        </button>
      </Form>
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('Press briefings — Chorus') }]
