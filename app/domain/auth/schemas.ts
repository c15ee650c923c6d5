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

export const SignupSchema = z.object({
  name: z
    .string({ error: 'Enter your full name' })
    .trim()
    .min(1, 'Enter your full name')
    .max(120, 'Name must be 120 characters or fewer'),
  email: EmailField,
  password: NewPasswordField,
})

export const LoginSchema = z.object({
  email: EmailField,
  password: z
    .string({ error: 'Enter your password' })
    .min(1, 'Enter your password')
    .max(200, 'Password must be 200 characters or fewer'),
  redirectTo: z.string().max(500).optional(),
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
