import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server'
import { z } from 'zod'
import type { Locale } from '~/i18n/locale.ts'
import { msg, translate } from '~/i18n/translate.ts'
import { NewPasswordField } from './schemas.ts'

/** A code from an authenticator app or a recovery code: the server tells which. */
const CodeField = z
  .string({ error: msg('Enter the code from your authenticator app') })
  .trim()
  .min(1, msg('Enter the code from your authenticator app'))
  .max(40, msg('That code is too long: enter the 6-digit code or one recovery code'))

export const SecondFactorSchema = z.object({ code: CodeField, redirectTo: z.string().max(500).optional() })

/**
 * The device's answer to a passkey ceremony, which the passkey button sends as JSON text. Text
 * that is not a JSON object is refused with `message`; what the answer says is checked by the
 * domain (signature, challenge, origin).
 */
function deviceAnswer<T>(message: string) {
  return z.string({ error: message }).transform((text, ctx) => {
    try {
      const answer: unknown = JSON.parse(text)
      if (answer && typeof answer === 'object' && !Array.isArray(answer)) return answer as T
    } catch {
      // Not JSON: refused below like any other answer that is not an object.
    }
    ctx.addIssue({ code: 'custom', message })
    return z.NEVER
  })
}

/** A form without an intent is the page's main form. */
const withIntent = (intent: string) => (input: unknown) => (input && typeof input === 'object' && !Array.isArray(input) && !('intent' in input) ? { ...input, intent } : input)

/**
 * The second step of signing in: a code from the app or a recovery code (the form, which has no
 * intent), or the passkey way (the passkey button asks for options, then sends the device's answer).
 */
export const SignInSecondStepSchema = z.preprocess(
  withIntent('code'),
  z.discriminatedUnion(
    'intent',
    [
      SecondFactorSchema.extend({ intent: z.literal('code') }),
      z.object({ intent: z.literal('passkey-options') }),
      z.object({
        intent: z.literal('passkey'),
        response: deviceAnswer<AuthenticationResponseJSON>(msg('Your device did not send a passkey. Try again, or enter the code from your authenticator app.')),
        redirectTo: z.string().max(500).optional(),
      }),
    ],
    { error: msg('Choose what to do') },
  ),
)

const EnrolTotpSchema = z.object({
  code: z
    .string({ error: msg('Enter the 6-digit code your app shows') })
    .trim()
    .transform((v) => v.replace(/\s+/g, ''))
    .pipe(z.string().regex(/^\d{6}$/, msg('Enter the 6-digit code your app shows, without spaces'))),
})

/** A new passkey's name; left empty, it is called "Passkey" in the page's language. */
const passkeyName = (locale: Locale) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const name = (v ?? '').trim()
      if (name.length <= 60) return name || translate(locale, msg('Passkey'))
      ctx.addIssue({ code: 'custom', message: msg('Passkey name must be 60 characters or fewer') })
      return z.NEVER
    })

/**
 * The two-step verification page, one schema for each of its buttons: confirm the app's code,
 * make new recovery codes, add a passkey (options, then the device's answer), remove one, or turn
 * two-step verification off.
 */
export function twoFactorFormSchema(locale: Locale) {
  return z.discriminatedUnion(
    'intent',
    [
      EnrolTotpSchema.extend({ intent: z.literal('confirm') }),
      z.object({ intent: z.literal('new-recovery-codes') }),
      z.object({ intent: z.literal('passkey-options') }),
      z.object({ intent: z.literal('passkey'), name: passkeyName(locale), response: deviceAnswer<RegistrationResponseJSON>(msg('Your device did not send a passkey. Try again.')) }),
      z.object({ intent: z.literal('remove-passkey'), passkeyId: z.uuid({ error: msg('That passkey is not on your account.') }) }),
      z.object({ intent: z.literal('turn-off') }),
    ],
    { error: msg('Choose what to do.') },
  )
}

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
