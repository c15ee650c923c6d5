import { z } from 'zod'
import { NewPasswordField } from './schemas.ts'

/** A code from an authenticator app or a recovery code: the server tells which. */
const CodeField = z
  .string({ error: 'Enter the code from your authenticator app' })
  .trim()
  .min(1, 'Enter the code from your authenticator app')
  .max(40, 'That code is too long: enter the 6-digit code or one recovery code')

export const SecondFactorSchema = z.object({ code: CodeField, redirectTo: z.string().max(500).optional() })

export const EnrolTotpSchema = z.object({
  code: z
    .string({ error: 'Enter the 6-digit code your app shows' })
    .trim()
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, 'Enter the 6-digit code your app shows, without spaces')),
})

export const ConfirmIdentitySchema = z.object({
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(200, 'Password must be 200 characters or fewer'),
  code: z.string().trim().max(40, 'That code is too long: enter the 6-digit code or one recovery code').optional(),
  redirectTo: z.string().max(500).optional(),
})

export const ChangePasswordSchema = z
  .object({
    currentPassword: z.string({ error: 'Enter your current password' }).min(1, 'Enter your current password').max(200, 'Password must be 200 characters or fewer'),
    password: NewPasswordField,
    confirmPassword: z.string({ error: 'Confirm your new password' }).max(200),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ['confirmPassword'], message: 'The passwords do not match' })
