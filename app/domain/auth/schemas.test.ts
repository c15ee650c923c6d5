import { describe, expect, it } from 'vitest'
import { LoginSchema, ResetPasswordSchema, SignupSchema } from './schemas.ts'

describe('account forms', () => {
  it('normalises the email address', () => {
    const parsed = SignupSchema.parse({ name: '  Amira Okafor ', email: ' Amira.Okafor@Example.TEST ', password: 'twelve chars!' })
    expect(parsed).toEqual({ name: 'Amira Okafor', email: 'amira.okafor@example.test', password: 'twelve chars!' })
  })
  it('gives a message a person can act on for each problem', () => {
    const result = SignupSchema.safeParse({ name: '', email: 'amira@', password: 'short' })
    expect(result.success).toBe(false)
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]))
    expect(messages).toEqual({
      name: 'Enter your full name',
      email: 'Enter an email address in the correct format, like name@example.com',
      password: 'Password must be at least 12 characters',
    })
  })
  it('does not trim or limit a sign-in password beyond 200 characters', () => {
    expect(LoginSchema.parse({ email: 'a@b.test', password: ' spaced ' }).password).toBe(' spaced ')
    expect(LoginSchema.safeParse({ email: 'a@b.test', password: 'p'.repeat(201) }).success).toBe(false)
  })
  it('requires the two new passwords to match', () => {
    const result = ResetPasswordSchema.safeParse({ password: 'a long password', confirmPassword: 'a long passwor' })
    expect(result.error?.issues[0]).toMatchObject({ path: ['confirmPassword'], message: 'The passwords do not match' })
  })
})

describe('names shown to others', () => {
  it('lose bidirectional control characters on input, so a name cannot reverse what is shown around it', () => {
    const parsed = SignupSchema.parse({ name: 'Sam \u202egnp.exe\u202c Hale\u2066\u200f', email: 'sam@example.test', password: 'a long enough password' })
    expect(parsed.name).toBe('Sam gnp.exe Hale')
    expect(SignupSchema.safeParse({ name: '\u202e\u2066', email: 'sam@example.test', password: 'a long enough password' }).success).toBe(false)
  })
})
