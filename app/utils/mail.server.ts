import { render } from '@react-email/render'
import type { ReactElement } from 'react'
import { Resend } from 'resend'
import type { Db } from '../../db/client.server.ts'
import { mailboxMessages } from '../../db/schema/index.ts'
import { getEnv } from './env.server.ts'

export interface Mail {
  to: string
  subject: string
  react: ReactElement
}

let resend: Resend | undefined

/**
 * Sends one email: through Resend when it is configured (RESEND_API_KEY, or RESEND_BASE_URL for a
 * local stand-in), otherwise into the local mailbox shown at /dev/mail.
 */
export async function sendMail(db: Db, mail: Mail) {
  const env = getEnv()
  const [html, text] = await Promise.all([render(mail.react), render(mail.react, { plainText: true })])
  if (env.RESEND_API_KEY || env.RESEND_BASE_URL) {
    resend ??= new Resend(env.RESEND_API_KEY ?? 're_local_stand_in', env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined)
    const { error } = await resend.emails.send({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, html, text })
    if (error) throw new Error(`Resend refused the message: ${error.message}`)
    return
  }
  await db.insert(mailboxMessages).values({ to: mail.to, from: env.MAIL_FROM, subject: mail.subject, html, text })
}
