import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import welsh from '../../app/i18n/cy/index.ts'
import { hardCodedEnglish, messagesIn, SAME_IN_BOTH, sourceFiles } from '../helpers/i18n-source.ts'

/**
 * Welsh treated no less favourably than English: every message Chorus shows has a Welsh
 * translation, written in Welsh, taking the same values; and no English is written straight into
 * a page, a component or an email where a message belongs.
 */
const files = sourceFiles()
const messages = messagesIn(files)

/** The names of the values a message takes, and its tags. */
function argumentsOf(message: string): string[] {
  const names = new Set<string>()
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue
      if (element.type === TYPE.tag) {
        names.add(`<${element.value}>`)
        walk(element.children)
        continue
      }
      names.add(element.value)
      if (element.type === TYPE.plural || element.type === TYPE.select) for (const option of Object.values(element.options)) walk(option.value)
    }
  }
  walk(parse(message))
  return [...names].sort()
}

describe('the Welsh catalog', () => {
  it('has a Welsh translation of every message in the code', () => {
    const missing = [...messages.entries()].filter(([message]) => welsh[message] === undefined).map(([message, where]) => `${where[0]}: ${message}`)
    expect(missing).toEqual([])
  })

  it('is written in Welsh, not left in English', () => {
    const untranslated = Object.entries(welsh).filter(([english, cy]) => english === cy && !SAME_IN_BOTH.has(english) && /[a-z]{3}/.test(english))
    expect(untranslated.map(([english]) => english)).toEqual([])
  })

  it('takes the same values and tags in both languages, in valid ICU', () => {
    const mismatched: string[] = []
    for (const [english, cy] of Object.entries(welsh)) {
      const ours = argumentsOf(english)
      let theirs: string[]
      try {
        theirs = argumentsOf(cy)
      } catch (error) {
        mismatched.push(`${english} → not valid ICU: ${(error as Error).message}`)
        continue
      }
      if (ours.join() !== theirs.join()) mismatched.push(`${english} → ${ours.join()} vs ${theirs.join()}`)
    }
    expect(mismatched).toEqual([])
  })

  it('translates a message the same way in every part of the catalog that has it', async () => {
    const dir = path.resolve(import.meta.dirname, '../../app/i18n/cy')
    const translations = new Map<string, Set<string>>()
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !['index.ts', 'calendar.ts'].includes(f))) {
      const part = (await import(path.join(dir, file))).default as Record<string, string>
      for (const [english, cymraeg] of Object.entries(part)) translations.set(english, (translations.get(english) ?? new Set()).add(cymraeg))
    }
    expect(translations.size).toBeGreaterThan(1000)
    expect([...translations].filter(([, cymraeg]) => cymraeg.size > 1).map(([english, cymraeg]) => `${english} → ${[...cymraeg].join(' | ')}`)).toEqual([])
  })

  it('keeps no translation of a message the code no longer has', () => {
    expect(Object.keys(welsh).filter((english) => !messages.has(english))).toEqual([])
  })
})

describe('English written into the code', () => {
  it('is in no page, component, email or message outside the catalog', () => {
    const found = files.flatMap((file) => hardCodedEnglish(file).map((h) => `${h.where}: ${h.text}`))
    expect(found).toEqual([])
  })
})
