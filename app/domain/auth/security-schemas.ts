import { z } from 'zod'
import { msg } from '~/i18n/translate.ts'
import { NewPasswordField } from './schemas.ts'

/** A code from an authenticator app or a recovery code: the server tells which. */
const CodeField = z
  .string({ error: msg('Enter the code from your authenticator app') })
  .trim()
  .min(1, msg('Enter the code from your authenticator app'))
  .max(40, msg('That code is too long: enter the 6-digit code or one recovery code'))

export const SecondFactorSchema = z.object({ code: CodeField, redirectTo: z.string().max(500).optional() })

export const EnrolTotpSchema = z.object({
  code: z
    .string({ error: msg('Enter the 6-digit code your app shows') })
    .trim()
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, msg('Enter the 6-digit code your app shows, without spaces'))),
})

export const ConfirmIdentitySchema = z.object({
  password: z
    .string({ error: msg('Enter your password') })
    .min(1, msg('Enter your password'))
    .max(200, msg('Password must be 200 characters or fewer')),
  code: z.string().trim().max(40, msg('That code is too long: enter the 6-digit code or one recovery code')).optional(),
  redirectTo: z.string().max(500).optional(),
})

export const ChangePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: msg('Enter your current password') })
      .min(1, msg('Enter your current password'))
      .max(200, msg('Password must be 200 characters or fewer')),
    password: NewPasswordField,
    confirmPassword: z.string({ error: msg('Confirm your new password') }).max(200),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: msg('The passwords do not match') })
