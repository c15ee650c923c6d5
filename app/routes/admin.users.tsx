import { parseWithZod } from '@conform-to/zod/v4'
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node'
import { data } from '@remix-run/node'
import { Form, Link, useActionData, useLoaderData } from '@remix-run/react'
import { z } from 'zod'
import { Notice } from '~/components/panels'
import { changeRole, listUsers } from '~/domain/auth/accounts.server'
import { RoleSchema } from '~/domain/auth/schemas'
import { DomainError, statusForCode } from '~/domain/errors'
import { db } from '~/utils/db.server'
import { readForm } from '~/utils/request.server'
import { requireRecentSignIn, requireRole } from '~/utils/session.server'
import { DataTable } from '~/components/data-table'
import { redirectBackWithFlash } from '~/utils/flash.server'

export async function loader({ request }: LoaderFunctionArgs) {
  const admin = await requireRole(request, 'admin')
  const users = await listUsers(db)
  return { adminId: admin.id, users: users.map((u) => ({ ...u, verified: Boolean(u.emailVerifiedAt), createdAt: u.createdAt.toISOString() })) }
}

const ChangeRoleSchema = z.object({ userId: z.uuid({ error: 'Choose an account' }), role: RoleSchema })

export async function action({ request }: ActionFunctionArgs) {
  const admin = await requireRole(request, 'admin')
  requireRecentSignIn(request, admin)
  const submission = parseWithZod(await readForm(request), { schema: ChangeRoleSchema })
  if (submission.status !== 'success') return data({ ok: false, message: 'Choose an account and a role.' }, { status: 400 })
  try {
    const user = await changeRole(db, { actorId: admin.id, ...submission.value })
    return redirectBackWithFlash(request, { message: `${user.name} is now ${ROLE_LABELS[user.role].toLowerCase()}. They will need to sign in again.` })
  } catch (error) {
    if (error instanceof DomainError) return data({ ok: false, message: error.message }, { status: statusForCode[error.code] })
    throw error
  }
}

const ROLE_LABELS = { member: 'A member', officer: 'An officer', admin: 'An admin', journalist: 'A journalist' } as const

export default function AdminUsersPage() {
  const { users, adminId } = useLoaderData<typeof loader>()
  const result = useActionData<typeof action>()
  return (
    <>
      <Link to="/admin" className="back-link">
        Admin
      </Link>
      {result ? <Notice tone="warning">{result.message}</Notice> : null}
      <h1>People and roles</h1>
      <DataTable columns={['Name', 'Email address', 'Role']}>
        {users.map((u) => (
          <tr key={u.id}>
            <td>
              <bdi>{u.name}</bdi>
            </td>
            <td>
              {u.email} {u.verified ? null : <span className="tag tag--yellow">Not confirmed</span>}
            </td>
            <td>
              {u.id === adminId ? (
                'Admin (you)'
              ) : (
                <Form method="post" className="inline-form">
                  <input type="hidden" name="userId" value={u.id} />
                  <label className="visually-hidden" htmlFor={`role-${u.id}`}>
                    Role for <bdi>{u.name}</bdi>
                  </label>
                  <select id={`role-${u.id}`} name="role" defaultValue={u.role} className="select">
                    <option value="member">Member</option>
                    <option value="journalist">Journalist</option>
                    <option value="officer">Officer</option>
                    <option value="admin">Admin</option>
                  </select>{' '}
                  <button type="submit" className="button button--secondary button--small">
                    Change role<span className="visually-hidden"> for <bdi>{u.name}</bdi></span>
                  </button>
                </Form>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    </>
  )
}

export const meta: MetaFunction = () => [{ title: 'People and roles — Chorus' }]
