/**
 * The BLT ballot format (Hill/ERS, used by OpenSTV, droop, eSTV and council preference-profile reports):
 *
 *   ncand nseats
 *   -2 -6                  optional: withdrawn candidates (1-based, negated)
 *   weight p1 p2 … 0       one line per ballot (or group of identical ballots); weight may be 0
 *   0                      end of ballots
 *   "Name 1"               ncand candidate names, in index order (quotes optional);
 *                          councils' `"Name" "Party"` lines are read as the name
 *   "Title"                optional
 *
 * Tolerated: `#` and `//` comments, blank lines, a UTF-8 BOM, CRLF, a ballot id in parentheses before
 * the weight, several quoted names on one line, "" for a double quote inside a quoted name. Equal rankings (`=`) are rejected with a clear message.
 * Candidate numbers are 1-based in the file and 0-based in memory.
 */
import { DomainError } from '~/domain/errors.ts'
import { msg, translate } from '~/i18n/translate.ts'

export interface BltBallot {
  /** How many identical papers this line stands for. */
  weight: number
  /** Candidate indexes (0-based), first preference first. */
  prefs: number[]
}

export interface Election {
  candidates: string[]
  seats: number
  /** 0-based indexes of withdrawn candidates: skipped on every paper. */
  withdrawn: number[]
  ballots: BltBallot[]
  title: string
}

type Values = Record<string, string>

/**
 * Malformed BLT input; `line` is 1-based (0 when the problem is the file as a whole). Read by the
 * operator's command-line tools, so `message` is the English text, line first; `detail` and
 * `detailValues` are the message id and its values, for a page that would show it in Welsh.
 */
export class BltParseError extends DomainError {
  constructor(
    readonly line: number,
    readonly detail: string,
    readonly detailValues: Values = {},
  ) {
    const text = translate('en', detail, detailValues)
    super('invalid_input', line > 0 ? translate('en', msg('Line {line}: {detail}'), { line: String(line), detail: text }) : text)
    this.name = 'BltParseError'
  }
}

type Token = { text: string; quoted: boolean }

const english = (message: string) => translate('en', message)

/** Splits a line into tokens, honouring double quotes and dropping a `#` or `//` comment outside quotes. */
function tokenize(raw: string, lineNo: number): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < raw.length) {
    const ch = raw[i]
    if (ch === ' ' || ch === '\t' || ch === '\f' || ch === '\v') {
      i++
    } else if (ch === '#' || (ch === '/' && raw[i + 1] === '/')) {
      break
    } else if (ch === '"') {
      // Inside quotes, "" stands for one double quote (as toBlt writes it).
      let text = ''
      let from = i + 1
      for (;;) {
        const end = raw.indexOf('"', from)
        if (end < 0) throw new BltParseError(lineNo, msg('a quoted name is not closed (missing ")'))
        text += raw.slice(from, end)
        if (raw[end + 1] === '"' && end + 1 > i + 1) {
          text += '"'
          from = end + 2
          continue
        }
        i = end + 1
        break
      }
      tokens.push({ text, quoted: true })
    } else {
      // Character codes rather than a regular expression per character: a ranking line can be megabytes long.
      let j = i
      for (; j < raw.length; j++) {
        const code = raw.charCodeAt(j)
        if (code === 32 || code === 34 || code === 35 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0xfeff || code === 0x2028 || code === 0x2029) break
        if (code === 47 && raw.charCodeAt(j + 1) === 47) break
        if (code > 0x1000 && /\s/.test(raw[j])) break
      }
      tokens.push({ text: raw.slice(i, j), quoted: false })
      i = j
    }
  }
  return tokens
}

const INTEGER = /^[+-]?\d+$/

/** `what` is the English name of the number expected, e.g. "the number of seats". */
function integer(token: Token, lineNo: number, what: string): number {
  if (token.quoted || !INTEGER.test(token.text)) throw new BltParseError(lineNo, msg('expected {what}, found "{found}"'), { what, found: token.text })
  const n = Number(token.text)
  if (!Number.isSafeInteger(n)) throw new BltParseError(lineNo, msg('{what} "{found}" is too large'), { what, found: token.text })
  return n
}

/** Parses BLT text. Throws BltParseError (a DomainError 'invalid_input') naming the line at fault. */
export function parseBlt(text: string): Election {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)
  let i = 0
  const next = (): { tokens: Token[]; lineNo: number; raw: string } | null => {
    while (i < lines.length) {
      const lineNo = i + 1
      const raw = lines[i++]
      const tokens = tokenize(raw, lineNo)
      if (tokens.length > 0) return { tokens, lineNo, raw }
    }
    return null
  }

  const header = next()
  if (!header) throw new BltParseError(0, msg('The file is empty: a BLT file starts with "number-of-candidates number-of-seats"'))
  if (header.tokens.length !== 2) {
    throw new BltParseError(header.lineNo, msg('expected "number-of-candidates number-of-seats", found "{found}"'), { found: header.raw.trim() })
  }
  const ncand = integer(header.tokens[0], header.lineNo, english(msg('the number of candidates')))
  const seats = integer(header.tokens[1], header.lineNo, english(msg('the number of seats')))
  if (ncand < 1) throw new BltParseError(header.lineNo, msg('there must be at least one candidate'))
  if (seats < 1) throw new BltParseError(header.lineNo, msg('there must be at least one seat'))
  if (seats > ncand) throw new BltParseError(header.lineNo, msg('{seats} seats is more than the {candidates} candidates'), { seats: String(seats), candidates: String(ncand) })

  const candidateNumber = (token: Token, lineNo: number) => {
    if (!token.quoted && token.text.includes('=')) {
      throw new BltParseError(lineNo, msg('equal rankings ("=") are not supported: give each candidate a different preference'))
    }
    const n = integer(token, lineNo, english(msg('a candidate number')))
    if (n < 1 || n > ncand) throw new BltParseError(lineNo, msg('candidate number {candidate} is out of range (1 to {candidates})'), { candidate: String(n), candidates: String(ncand) })
    return n - 1
  }

  const withdrawn: number[] = []
  const ballots: BltBallot[] = []
  let line = next()
  // Withdrawn line(s): every token a negative integer.
  while (line && line.tokens.every((t) => !t.quoted && /^-\d+$/.test(t.text))) {
    for (const t of line.tokens) {
      const k = -integer(t, line.lineNo, english(msg('a withdrawn candidate')))
      if (k < 1 || k > ncand) throw new BltParseError(line.lineNo, msg('withdrawn candidate -{candidate} is out of range (1 to {candidates})'), { candidate: String(k), candidates: String(ncand) })
      if (!withdrawn.includes(k - 1)) withdrawn.push(k - 1)
    }
    line = next()
  }

  let terminated = false
  while (line) {
    const { tokens, lineNo } = line
    if (tokens.length === 1 && !tokens[0].quoted && /^[+]?0+$/.test(tokens[0].text)) {
      terminated = true
      break
    }
    if (tokens[0].quoted) break // names started without a 0 line: reported below
    let k = 0
    if (/^\(.*\)$/.test(tokens[0].text)) k++ // ballot id, e.g. "(17)"
    if (k >= tokens.length) throw new BltParseError(lineNo, msg('a ballot id must be followed by a weight and preferences'))
    const weight = integer(tokens[k++], lineNo, english(msg('a ballot weight (a whole number)')))
    if (weight < 0) throw new BltParseError(lineNo, msg('ballot weight {weight} is negative'), { weight: String(weight) })
    if (!Number.isSafeInteger(weight * 100_000)) throw new BltParseError(lineNo, msg('ballot weight {weight} is too large to count exactly'), { weight: String(weight) })
    const prefs: number[] = []
    const ranked = new Set<number>()
    let closed = false
    for (; k < tokens.length; k++) {
      const t = tokens[k]
      if (!t.quoted && t.text === '0') {
        closed = true
        k++
        break
      }
      const c = candidateNumber(t, lineNo)
      if (ranked.has(c)) throw new BltParseError(lineNo, msg('candidate {candidate} is ranked more than once'), { candidate: String(c + 1) })
      ranked.add(c)
      prefs.push(c)
    }
    if (!closed) throw new BltParseError(lineNo, msg('a ballot line must end with 0'))
    if (k < tokens.length) throw new BltParseError(lineNo, msg('unexpected "{found}" after the 0 that ends the ballot'), { found: tokens[k].text })
    ballots.push({ weight, prefs })
    line = next()
  }
  if (!terminated) {
    throw new BltParseError(line ? line.lineNo : lines.length, msg('expected a line containing only 0 to end the ballots'))
  }

  // Names and title: every remaining token or, for an unquoted line, the whole line.
  const rest: { tokens: Token[]; lineNo: number; raw: string }[] = []
  for (let l = next(); l; l = next()) rest.push(l)
  const lineText = (l: (typeof rest)[number]) => ({ text: l.raw.replace(/(#|\/\/).*$/, '').trim(), lineNo: l.lineNo })
  // Councils publish one `"Name" "Party"` line per candidate: the first quoted token is the name.
  const councilLayout = rest.length >= ncand && rest.length <= ncand + 1 && rest.slice(0, ncand).every((l) => l.tokens.length === 2 && l.tokens.every((t) => t.quoted))
  const names: { text: string; lineNo: number }[] = []
  if (councilLayout) {
    for (const l of rest.slice(0, ncand)) names.push({ text: l.tokens[0].text, lineNo: l.lineNo })
    for (const l of rest.slice(ncand)) names.push(l.tokens.every((t) => t.quoted) ? { text: l.tokens.map((t) => t.text).join(' '), lineNo: l.lineNo } : lineText(l))
  } else {
    for (const l of rest) {
      if (l.tokens.every((t) => t.quoted)) for (const t of l.tokens) names.push({ text: t.text, lineNo: l.lineNo })
      else names.push(lineText(l))
    }
  }
  if (names.length < ncand) {
    throw new BltParseError(names.length ? names[names.length - 1].lineNo : lines.length, msg('expected {candidates} candidate names, found {found}'), {
      candidates: String(ncand),
      found: String(names.length),
    })
  }
  if (names.length > ncand + 1) throw new BltParseError(names[ncand + 1].lineNo, msg('unexpected "{found}" after the title'), { found: names[ncand + 1].text })
  const candidates = names.slice(0, ncand).map((n) => n.text.trim())
  candidates.forEach((name, index) => {
    if (!name) throw new BltParseError(names[index].lineNo, msg('candidate {candidate} has an empty name'), { candidate: String(index + 1) })
    const first = candidates.indexOf(name)
    if (first !== index) throw new BltParseError(names[index].lineNo, msg('candidates {first} and {second} are both named "{name}"'), { first: String(first + 1), second: String(index + 1), name })
  })
  return { candidates, seats, withdrawn: withdrawn.sort((a, b) => a - b), ballots, title: names[ncand]?.text ?? '' }
}

/** Quotes a name or title: a double quote inside is doubled, a line break becomes a space. */
function quote(text: string) {
  return `"${text.replace(/\r\n|\r|\n/g, ' ').replace(/"/g, '""')}"`
}

/** Writes an election as BLT text that parseBlt reads back to the same election. */
export function toBlt(election: Election): string {
  const out: string[] = [`${election.candidates.length} ${election.seats}`]
  if (election.withdrawn.length) out.push(election.withdrawn.map((c) => `-${c + 1}`).join(' '))
  for (const b of election.ballots) out.push([b.weight, ...b.prefs.map((p) => p + 1), 0].join(' '))
  out.push('0')
  election.candidates.forEach((name) => out.push(quote(name)))
  out.push(quote(election.title))
  return out.join('\n') + '\n'
}

/**
 * Merges identical rankings into one line each and sorts them, so a published BLT file carries the
 * same count but says nothing about the order in which papers were cast.
 */
export function groupBallots(ballots: BltBallot[]): BltBallot[] {
  const weights = new Map<string, number>()
  for (const b of ballots) {
    if (b.weight === 0) continue
    const key = b.prefs.join(' ')
    weights.set(key, (weights.get(key) ?? 0) + b.weight)
  }
  return [...weights]
    .map(([key, weight]) => ({ weight, prefs: key === '' ? [] : key.split(' ').map(Number) }))
    .sort((a, b) => {
      for (let i = 0; i < Math.min(a.prefs.length, b.prefs.length); i++) if (a.prefs[i] !== b.prefs[i]) return a.prefs[i] - b.prefs[i]
      return a.prefs.length - b.prefs.length
    })
}
