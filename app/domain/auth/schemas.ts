import { z } from 'zod'

/** Shared by the browser (Conform) and the server. */
export const EmailField = z
  .string({ error: 'Enter your email address' })
  .trim()
  .min(1, 'Enter your email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .pipe(z.email({ error: 'Enter an email address in the correct format, like name@example.com' }))
  .transform((v) => v.toLowerCase())

export const NewPasswordField = z
  .string({ error: 'Enter a password' })
  .min(12, 'Password must be at least 12 characters')
  .max(200, 'Password must be 200 characters or fewer')

/**
 * Characters that reorder the text around them (embeddings, overrides, isolates and marks): in a
 * name they can make it read as something else, or spill into what is shown after it.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

export const withoutBidiControls = (value: string) => value.replace(BIDI_CONTROLS, '')

/** Text about a person that others will see (name, outlet, role): bidirectional controls removed. */
export const shownText = (required: string, max: number, label: string) =>
  z
    .string({ error: required })
    .transform(withoutBidiControls)
    .pipe(z.string().trim().min(1, required).max(max, `${label} must be ${max} characters or fewer`))

export const PersonNameField = shownText('Enter your full name', 120, 'Name')

export const SignupSchema = z.object({
  name: PersonNameField,
  email: EmailField,
  password: NewPasswordField,
})

export const LoginSchema = z.object({
  email: EmailField,
  password: z
    .string({ error: 'Enter your password' })
    .min(1, 'Enter your password')
    .max(200, 'Password must be 200 characters or fewer'),
  // Any length: an unusable target falls back to the account page (safeRedirect), never an error.
  redirectTo: z.string().optional(),
})

export const ForgotPasswordSchema = z.object({ email: EmailField })

export const ResetPasswordSchema = z
  .object({
    password: NewPasswordField,
    confirmPassword: z.string({ error: 'Confirm your new password' }).max(200),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
  })

export const RoleSchema = z.enum(['member', 'officer', 'admin', 'journalist'])
