import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { ChoiceGroup } from '~/components/choices'
import { DataTable } from '~/components/data-table'
import { getPressSettings, listBriefingsForOfficer, setSecondApprovalRequired } from '~/domain/press/briefings.server'
import { pressNow } from '~/domain/press/clock'
import { isUnderEmbargo } from '~/domain/press/embargo'
import { duration } from '~/domain/press/present'
import { BRIEFING_STATUS_LABELS } from '~/domain/press/status'
import { db } from '~/utils/db.server'
import { formatLondon } from '~/utils/london-time'
import { readForm } from '~/utils/request.server'
import { requireRole } from '~/utils/session.server'
import { redirectBackWithFlash } from '~/utils/flash.server'

export async function loader({ request }: LoaderFunctionArgs) {
  await requireRole(request, 'officer')
  const now = pressNow()
  const [rows, settings] = await Promise.all([listBriefingsForOfficer(db), getPressSettings(db)])
  const group = (b: (typeof rows)[number]) => (b.status === 'scheduled' && !isUnderEmbargo(b, now) ? 'published' : b.status)
  return {
    settings,
    briefings: rows.map((b) => ({
      id: b.id,
      headline: b.headline,
      group: group(b),
      label: b.status === 'scheduled' && !isUnderEmbargo(b, now) ? 'Published (embargo lifted)' : BRIEFING_STATUS_LABELS[b.status],
      when:
        b.embargoUntil && isUnderEmbargo(b, now)
          ? `Lifts ${formatLondon(b.embargoUntil)}`
          : b.publishedAt
            ? `Public since ${formatLondon(b.publishedAt)}`
            : `Last edited ${formatLondon(b.updatedAt)}`,
      draftToSent: duration(b.timing.draftToSentSeconds),
      toLastAlert: duration(b.timing.liftAlertSeconds ?? b.timing.embargoAlertSeconds),
    })),
  }
}

export async function action({ request }: ActionFunctionArgs) {
  const officer = await requireRole(request, 'officer')
  const choice = (await readForm(request)).get('secondApproval')
  if (choice !== 'required' && choice !== 'not-required')
    return data({ error: 'Choose whether a second officer must approve each briefing' }, { status: 400 })
  await setSecondApprovalRequired(db, { actorId: officer.id, required: choice === 'required' })
  return redirectBackWithFlash(request, { message: choice === 'required' ? 'Saved. Each briefing now needs a second officer’s approval before it is sent.' : 'Saved. A briefing can now be sent by one officer.' })
}

const GROUPS = [
  ['awaiting_approval', 'Awaiting approval'],
  ['draft', 'Drafts'],
  ['scheduled', 'Under embargo'],
  ['published', 'Published'],
  ['withdrawn', 'Withdrawn'],
] as const

export default function OfficerPressPage() {
  const { briefings, settings } = useLoaderData<typeof loader>()
  const saved = useActionData<typeof action>()
  return (
    <>
      <Link to="/officer" className="back-link">
        Officer dashboard
      </Link>
      <h1>Press briefings</h1>
      <p className="lead">A rapid response takes three steps: choose the situation, fill in the prefilled briefing, then publish or embargo.</p>
      <p>
        <Link to="/officer/press/new" className="button button--primary">
          New rapid response
        </Link>{' '}
        <Link to="/officer/journalists">Press accounts to check</Link>
      </p>
      {GROUPS.map(([key, title]) => {
        const list = briefings.filter((b) => b.group === key)
        if (list.length === 0) return null
        return (
          <section key={key} aria-labelledby={`group-${key}`}>
            <h2 id={`group-${key}`}>{title}</h2>
            <DataTable columns={['Briefing', 'Status', 'Draft to sent', 'Sent to last alert delivered']}>
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
        <ChoiceGroup
          type="radio"
          name="secondApproval"
          legend={<h2 className="fieldset__heading">Approval</h2>}
          options={[
            { value: 'required', label: 'A second officer must approve each briefing before it is sent' },
            { value: 'not-required', label: 'The drafting officer can send a briefing on their own' },
          ]}
          defaultValue={settings.secondApprovalRequired ? 'required' : 'not-required'}
          error={saved?.error ?? undefined}
        />
        <button type="submit" className="button button--secondary">
          Save setting
        </button>
      </Form>
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'Press briefings — Chorus' }]
