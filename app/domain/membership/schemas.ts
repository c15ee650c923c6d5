import { z } from 'zod'
import { EmailField, NewPasswordField, PersonNameField } from '~/domain/auth/schemas.ts'
import { OPTIONAL_TOPICS } from '~/domain/outbox/topics.ts'
import { normaliseRegistrationNumber } from './registration.ts'
import { msg } from '~/i18n/translate.ts'

export const NATIONS = {
  england: {
    name: msg('England'),
    chooseBranch: msg('Select a branch in England'),
    branches: [
      msg('North East'),
      msg('North West'),
      msg('Yorkshire and the Humber'),
      msg('East Midlands'),
      msg('West Midlands'),
      msg('East of England'),
      msg('London'),
      msg('South East'),
      msg('South West'),
    ],
  },
  scotland: { name: msg('Scotland'), chooseBranch: msg('Select a branch in Scotland'), branches: [msg('North of Scotland'), msg('East of Scotland'), msg('West of Scotland')] },
  wales: { name: msg('Wales'), chooseBranch: msg('Select a branch in Wales'), branches: [msg('North Wales'), msg('Mid and West Wales'), msg('South East Wales')] },
  northern_ireland: { name: msg('Northern Ireland'), chooseBranch: msg('Select a branch in Northern Ireland'), branches: [msg('Belfast and Eastern'), msg('Northern and Western'), msg('Southern')] },
} as const

export const SECTORS = {
  children: msg("Children's services (local authority)"),
  adults: msg('Adult social care (local authority)'),
  health: msg('NHS and health settings'),
  voluntary: msg('Voluntary and charity sector'),
  independent: msg('Independent, agency or self-employed'),
  education: msg('Education and research'),
  other: msg('Other or not working in social work now'),
} as const

const Regulator = z.enum(['swe', 'sssc', 'scw', 'niscc'], { error: msg('Select your regulator') })
const Nation = z.enum(['england', 'scotland', 'wales', 'northern_ireland'], { error: msg('Select the nation you work in') })

const MembershipFields = z.object({
  tierId: z.string({ error: msg('Select a membership type') }).max(40),
  interval: z.enum(['year', 'month'], { error: msg('Select how often you want to pay') }).default('year'),
  regulator: Regulator.optional(),
  registrationNumber: z.string().trim().max(40, msg('Registration number must be 40 characters or fewer')).optional(),
  nation: Nation,
  branch: z.string({ error: msg('Select your branch') }).max(80),
  sector: z.enum(Object.keys(SECTORS) as [keyof typeof SECTORS], { error: msg('Select the sector you work in') }),
  consentTerms: z.literal('on', { error: msg('You must agree to the membership terms to join') }),
  topics: z.array(z.enum(Object.keys(OPTIONAL_TOPICS) as [keyof typeof OPTIONAL_TOPICS])).default([]),
})

type Fields = z.output<typeof MembershipFields>

function withRules<T extends Fields>(schema: z.ZodType<T>) {
  return schema
    .superRefine((v, ctx) => {
      if (!(NATIONS[v.nation].branches as readonly string[]).includes(v.branch)) {
        ctx.addIssue({ code: 'custom', path: ['branch'], message: NATIONS[v.nation].chooseBranch })
      }
      if (v.registrationNumber) {
        if (!v.regulator) ctx.addIssue({ code: 'custom', path: ['regulator'], message: msg('Select the regulator you are registered with') })
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
