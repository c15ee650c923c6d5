import { z } from 'zod'
import { EmailField, NewPasswordField, PersonNameField } from '../auth/schemas.ts'
import { OPTIONAL_TOPICS } from '../outbox/topics.ts'
import { normaliseRegistrationNumber } from './registration.ts'

export const NATIONS = {
  england: { name: 'England', branches: ['North East', 'North West', 'Yorkshire and the Humber', 'East Midlands', 'West Midlands', 'East of England', 'London', 'South East', 'South West'] },
  scotland: { name: 'Scotland', branches: ['North of Scotland', 'East of Scotland', 'West of Scotland'] },
  wales: { name: 'Wales', branches: ['North Wales', 'Mid and West Wales', 'South East Wales'] },
  northern_ireland: { name: 'Northern Ireland', branches: ['Belfast and Eastern', 'Northern and Western', 'Southern'] },
} as const

export const SECTORS = {
  children: "Children's services (local authority)",
  adults: 'Adult social care (local authority)',
  health: 'NHS and health settings',
  voluntary: 'Voluntary and charity sector',
  independent: 'Independent, agency or self-employed',
  education: 'Education and research',
  other: 'Other or not working in social work now',
} as const

const Regulator = z.enum(['swe', 'sssc', 'scw', 'niscc'], { error: 'Select your regulator' })
const Nation = z.enum(['england', 'scotland', 'wales', 'northern_ireland'], { error: 'Select the nation you work in' })

const MembershipFields = z.object({
    tierId: z.string({ error: 'Select a membership type' }).max(40),
    interval: z.enum(['year', 'month'], { error: 'Select how often you want to pay' }).default('year'),
    regulator: Regulator.optional(),
    registrationNumber: z.string().trim().max(40, 'Registration number must be 40 characters or fewer').optional(),
    nation: Nation,
    branch: z.string({ error: 'Select your branch' }).max(80),
    sector: z.enum(Object.keys(SECTORS) as [keyof typeof SECTORS], { error: 'Select the sector you work in' }),
    consentTerms: z.literal('on', { error: 'You must agree to the membership terms to join' }),
    topics: z.array(z.enum(Object.keys(OPTIONAL_TOPICS) as [keyof typeof OPTIONAL_TOPICS])).default([]),
})

type Fields = z.output<typeof MembershipFields>

function withRules<T extends Fields>(schema: z.ZodType<T>) {
  return schema
  .superRefine((v, ctx) => {
    if (!(NATIONS[v.nation].branches as readonly string[]).includes(v.branch)) {
      ctx.addIssue({ code: 'custom', path: ['branch'], message: `Select a branch in ${NATIONS[v.nation].name}` })
    }
    if (v.registrationNumber) {
      if (!v.regulator) ctx.addIssue({ code: 'custom', path: ['regulator'], message: 'Select the regulator you are registered with' })
      else {
        const result = normaliseRegistrationNumber(v.regulator, v.registrationNumber)
        if (!result.ok) ctx.addIssue({ code: 'custom', path: ['registrationNumber'], message: result.message })
      }
    }
  })
  .transform((v) => ({
    ...v,
    registrationNumber: v.regulator && v.registrationNumber ? (normaliseRegistrationNumber(v.regulator, v.registrationNumber) as { number: string }).number : undefined,
  }))
}

const NewAccountFields = z.object({
  name: PersonNameField,
  email: EmailField,
  password: NewPasswordField,
})

/** The join form for someone signed in: the membership questions only. */
export const JoinSchema = withRules(MembershipFields)
/** The join form for a newcomer: an account too. Shared by the browser and the server. */
export const JoinWithAccountSchema = withRules(MembershipFields.extend(NewAccountFields.shape))

export type MembershipDetails = z.output<typeof JoinSchema>
