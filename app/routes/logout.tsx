import type { ActionFunctionArgs, MetaFunction } from '@remix-run/node'
import { Form } from '@remix-run/react'
import { readForm } from '~/utils/request.server'
import { endSession } from '~/utils/session.server'

export async function action({ request }: ActionFunctionArgs) {
  await readForm(request)
  return endSession(request, '/')
}

/** Reached only by typing the address: signing out is a POST so links cannot do it. */
export default function LogoutPage() {
  return (
    <div className="narrow">
      <h1>Sign out of Chorus</h1>
      <Form method="post">
        <button type="submit" className="button button--primary">
          Sign out
        </button>
      </Form>
    </div>
  )
}

export const meta: MetaFunction = () => [{ title: 'Sign out — Chorus' }]
