import { z } from 'zod'
import { msg } from '~/i18n/translate.ts'

/** Shared by the browser (Conform) and the server. */
export const EmailField = z
  .string({ error: msg('Enter your email address') })
  .trim()
  .min(1, msg('Enter your email address'))
  .max(254, msg('Email address must be 254 characters or fewer'))
  .pipe(z.email({ error: msg('Enter an email address in the correct format, like name@example.com') }))
  .transform((v) => v.toLowerCase())

export const NewPasswordField = z
  .string({ error: msg('Enter a password') })
  .min(12, msg('Password must be at least 12 characters'))
  .max(200, msg('Password must be 200 characters or fewer'))

/**
 * Characters that reorder the text around them (embeddings, overrides, isolates and marks): in a
 * name they can make it read as something else, or spill into what is shown after it.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

export const withoutBidiControls = (value: string) => value.replace(BIDI_CONTROLS, '')

/** Text about a person that others will see (name, outlet, role): bidirectional controls removed. Messages are ids (`msg`). */
const shownText = (required: string, max: number, tooLong: string) => z.string({ error: required }).transform(withoutBidiControls).pipe(z.string().trim().min(1, required).max(max, tooLong))

export const PersonNameField = shownText(msg('Enter your full name'), 120, msg('Name must be 120 characters or fewer'))

export const SignupSchema = z.object({
  name: PersonNameField,
  email: EmailField,
  password: NewPasswordField,
})

export const LoginSchema = z.object({
  email: EmailField,
  password: z
    .string({ error: msg('Enter your password') })
    .min(1, msg('Enter your password'))
    .max(200, msg('Password must be 200 characters or fewer')),
  // Any length: an unusable target falls back to the account page (safeRedirect), never an error.
  redirectTo: z.string().optional(),
})

export const ForgotPasswordSchema = z.object({ email: EmailField })

export const ResetPasswordSchema = z
  .object({
    // The emailed link's token, carried by the form; one that cannot be a token is checked as none.
    token: z
      .string()
      .optional()
      .transform((v) => (v && v.length <= 200 ? v : '')),
    password: NewPasswordField,
    confirmPassword: z.string({ error: msg('Confirm your new password') }).max(200),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: msg('The passwords do not match'),
  })

export const RoleSchema = z.enum(['member', 'officer', 'admin', 'journalist'], { error: msg('Choose a role from the list') })
