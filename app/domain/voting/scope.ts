import type { Locale } from '~/i18n/locale.ts'
import { languageTag } from '~/i18n/locale.ts'
import { msg, translate, translateIfMessage } from '~/i18n/translate.ts'

export const SCOPE_NATIONS = ['england', 'scotland', 'wales', 'northern_ireland'] as const
export type ScopeNation = (typeof SCOPE_NATIONS)[number]

/**
 * Who a ballot's electorate is drawn from. An empty list leaves that dimension open; a member is
 * in scope when they match every dimension that is restricted (all empty: the whole body).
 * Stored on `ballots` as scope_nations (nation[]), scope_branches (text[]), scope_tiers (text[]).
 */
export interface BallotScope {
  nations: ScopeNation[]
  branches: string[]
  tiers: string[]
}

export const WHOLE_BODY: BallotScope = { nations: [], branches: [], tiers: [] }

export const NATION_LABELS: Record<ScopeNation, string> = { england: msg('England'), scotland: msg('Scotland'), wales: msg('Wales'), northern_ireland: msg('Northern Ireland') }

/** A ballot row's scope columns as a scope. */
export function scopeOf(b: { scopeNations?: string[] | null; scopeBranches?: string[] | null; scopeTiers?: string[] | null }): BallotScope {
  return { nations: (b.scopeNations ?? []) as ScopeNation[], branches: b.scopeBranches ?? [], tiers: b.scopeTiers ?? [] }
}

export function isWholeBody(scope: BallotScope) {
  return scope.nations.length === 0 && scope.branches.length === 0 && scope.tiers.length === 0
}

const sameBranch = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase()

/** Whether a member falls within the scope (eligibility to vote is decided elsewhere). */
export function inScope(scope: BallotScope, member: { nation: string | null; branch: string | null; tierId: string }) {
  if (scope.nations.length && !(member.nation && scope.nations.includes(member.nation as ScopeNation))) return false
  if (scope.branches.length && !(member.branch && scope.branches.some((b) => sameBranch(b, member.branch!)))) return false
  if (scope.tiers.length && !scope.tiers.includes(member.tierId)) return false
  return true
}

/** Cleans what a form sent: known nations once each, branch and tier names trimmed and once each. */
export function normaliseScope(input: { nations?: readonly string[]; branches?: readonly string[]; tiers?: readonly string[] }): BallotScope {
  const unique = (xs: readonly string[] = []) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))]
  return {
    nations: unique(input.nations).filter((n): n is ScopeNation => (SCOPE_NATIONS as readonly string[]).includes(n)),
    branches: unique(input.branches).filter((b, i, all) => all.findIndex((o) => sameBranch(o, b)) === i),
    tiers: unique(input.tiers),
  }
}

function list(locale: Locale, items: string[], type: 'conjunction' | 'disjunction') {
  return new Intl.ListFormat(languageTag(locale), { style: 'long', type }).format(items)
}

/**
 * The scope in words, for ballot pages, results and the published record: "The whole
 * membership", or "Members in Wales", "Members in Wales or Scotland, and in the North Wales
 * branch", "Members on the Full tier". Tier names come from the caller (id → name).
 */
export function describeScope(locale: Locale, scope: BallotScope, tierNames: Record<string, string> = {}): string {
  if (isWholeBody(scope)) return translate(locale, msg('The whole membership'))
  const parts: string[] = []
  if (scope.nations.length)
    parts.push(
      translate(locale, msg('in {nations}'), {
        nations: list(
          locale,
          scope.nations.map((n) => translate(locale, NATION_LABELS[n])),
          'disjunction',
        ),
      }),
    )
  if (scope.branches.length) {
    parts.push(
      translate(locale, msg('in the {branches} {count, plural, one {branch} other {branches}}'), {
        branches: list(
          locale,
          scope.branches.map((b) => translateIfMessage(locale, b)),
          'disjunction',
        ),
        count: scope.branches.length,
      }),
    )
  }
  if (scope.tiers.length) {
    parts.push(
      translate(locale, msg('on the {tiers} {count, plural, one {tier} other {tiers}}'), {
        tiers: list(
          locale,
          scope.tiers.map((id) => translateIfMessage(locale, tierNames[id] ?? id)),
          'disjunction',
        ),
        count: scope.tiers.length,
      }),
    )
  }
  return translate(locale, msg('Members {conditions}'), { conditions: list(locale, parts, 'conjunction') })
}
