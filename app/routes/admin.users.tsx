import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { Children, type ReactNode } from 'react'
import { z } from 'zod'
import { ServerErrorSummary } from '~/components/forms'
import { FieldError } from '~/components/text-field-plain'
import { changeRole, listUsers } from '~/domain/auth/accounts.server'
import { RoleSchema } from '~/domain/auth/schemas'
import { metaT } from '~/i18n/meta'
import { T, useT } from '~/i18n/react'
import { msg } from '~/i18n/translate'
import { db } from '~/utils/db.server'
import { invalid, replyWithError } from '~/utils/forms.server'
import { readForm } from '~/utils/request.server'
import { requireRecentSignIn, requireRole } from '~/utils/session.server'
import { DataTable } from '~/components/data-table'
import { redirectBackWithFlash } from '~/utils/flash.server'
import type { BreadcrumbHandle } from '~/components/breadcrumbs'

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, 'admin')
  const users = await listUsers(db)
  return {
    adminId: admin.id,
    users: users.map(({ secondFactorSince, ...u }) => ({ ...u, verified: Boolean(u.emailVerifiedAt), secondFactor: Boolean(secondFactorSince), createdAt: u.createdAt.toISOString() })),
  }
}

const ChangeRoleSchema = z.object({ userId: z.uuid({ error: msg('Choose an account') }), role: RoleSchema })

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, 'admin')
  requireRecentSignIn(request, admin)
  const submission = parseWithZod(await readForm(request), { schema: ChangeRoleSchema })
  if (submission.status !== 'success') return invalid(submission)
  try {
    const user = await changeRole(db, { actorId: admin.id, ...submission.value })
    return redirectBackWithFlash(request, {
      message: msg('{name} is now {role, select, member {a member} officer {an officer} admin {an admin} other {a journalist}}. They will need to sign in again.'),
      values: { name: user.name, role: user.role },
    })
  } catch (error) {
    return replyWithError(request, submission, error)
  }
}

/** A role's name as an option of the role list. */
const ROLE_NAME = msg('{role, select, member {Member} journalist {Journalist} officer {Officer} other {Admin}}')

export const handle: BreadcrumbHandle = { breadcrumb: msg('People and roles') }

export default function AdminUsersPage() {
  const { users, adminId } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  // The row whose form was refused: a problem with its role is said beside that row's list too.
  const refusedRow = typeof result?.initialValue?.userId === 'string' ? result.initialValue.userId : null
  const roleError = refusedRow ? result?.error?.role?.[0] : undefined
  const t = useT()
  return (
    <>
      <ServerErrorSummary errors={result?.error} order={roleError ? ['role'] : []} anchors={{ role: `role-${refusedRow}` }} />
      <h1>{t('People and roles')}</h1>
      <DataTable columns={[t('Name'), t('Email address'), t('Role'), t('Two-step verification')]}>
        {users.map((u) => (
          <tr key={u.id}>
            <td>
              <bdi>{u.name}</bdi>
            </td>
            <td>
              {u.email} {u.verified ? null : <span className="tag tag--yellow">{t('Not confirmed')}</span>}
            </td>
            <td>
              {u.id === adminId ? (
                t('Admin (you)')
              ) : (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="userId" value={u.id} />
                  <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                    <T message="Role for <name>{member}</name>" values={{ member: u.name, name: (text: string) => <bdi>{text}</bdi> }} />
                  </label>
                  {roleError && u.id === refusedRow ? <FieldError id={`role-${u.id}-error`} error={roleError} /> : null}
                  <select
                    id={`role-${u.id}`}
                    name="role"
                    defaultValue={u.role}
                    className="select"
                    aria-invalid={roleError && u.id === refusedRow ? true : undefined}
                    aria-describedby={roleError && u.id === refusedRow ? `role-${u.id}-error` : undefined}
                  >
                    {(['member', 'journalist', 'officer', 'admin'] as const).map((role) => (
                      <option key={role} value={role}>
                        {t(ROLE_NAME, { role })}
                      </option>
                    ))}
                  </select>{' '}
                  <button type="submit" className="button button--secondary button--small">
                    <T
                      message="Change role<hidden> for <name>{member}</name></hidden>"
                      values={{ member: u.name, hidden: (chunks: ReactNode[]) => <span className="visually-hidden">{Children.toArray(chunks)}</span>, name: (text: string) => <bdi>{text}</bdi> }}
                    />
                  </button>
                </Form>
              )}
            </td>
            <td>
              {u.secondFactor ? (
                <>
                  {t('On')}
                  {u.id === adminId ? null : (
                    <>
                      {' · '}
                      <Link to={`/admin/users/${u.id}/second-factor`}>
                        <T
                          message="Reset<hidden> for <name>{member}</name></hidden>"
                          values={{ member: u.name, hidden: (chunks: ReactNode[]) => <span className="visually-hidden">{Children.toArray(chunks)}</span>, name: (text: string) => <bdi>{text}</bdi> }}
                        />
                      </Link>
                    </>
                  )}
                </>
              ) : (
                t('Off')
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  )
}

export const meta: MetaFunction = (args) => [{ title: metaT(args)('People and roles — Chorus') }]
