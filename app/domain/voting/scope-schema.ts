import { z } from 'zod'
import { msg } from '~/i18n/translate.ts'
import { normaliseScope, SCOPE_NATIONS } from './scope.ts'

const list = (item: z.ZodType<string>) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(40, msg('Choose fewer')))

/** Who a ballot or a member motion is for: each left empty means "any". */
export const ScopeOnlyFields = {
  scopeNations: list(z.enum(SCOPE_NATIONS, { error: msg('Choose nations from the list') })),
  scopeBranches: list(z.string().trim().max(80, msg('Branch names are 80 characters or fewer'))),
  scopeTiers: list(z.string().trim().max(40, msg('Choose tiers from the list'))),
}

/** The scope fields of the officers' ballot and nominations forms, with their returning officer. */
export const ScopeFields = {
  ...ScopeOnlyFields,
  returningOfficerId: z.string().uuid(msg('Choose an officer from the list')).optional(),
}

export function scopeFromForm(v: { scopeNations: string[]; scopeBranches: string[]; scopeTiers: string[] }) {
  return normaliseScope({ nations: v.scopeNations, branches: v.scopeBranches, tiers: v.scopeTiers })
}
