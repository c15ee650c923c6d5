import type { Db } from '../../../db/client.server.ts'
import PasswordReset, { subject as resetSubject } from '../../../emails/password-reset.tsx'
import VerifyEmail, { subject as verifySubject } from '../../../emails/verify-email.tsx'
import { sendMail } from '~/utils/mail.server'

interface Recipient {
  name: string
  email: string
}

export function sendVerificationEmail(db: Db, input: { user: Recipient; token: string; baseUrl: string }) {
  const verifyUrl = `${input.baseUrl}/verify-email?token=${encodeURIComponent(input.token)}`
  return sendMail(db, { to: input.user.email, subject: verifySubject(), react: VerifyEmail({ name: input.user.name, verifyUrl }) })
}

export function sendPasswordResetEmail(db: Db, input: { user: Recipient; token: string; baseUrl: string }) {
  const resetUrl = `${input.baseUrl}/reset-password?token=${encodeURIComponent(input.token)}`
  return sendMail(db, { to: input.user.email, subject: resetSubject(), react: PasswordReset({ name: input.user.name, resetUrl }) })
}
