import type { ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { createMemoryRouter, RouterProvider } from 'react-router-dom'
import { describe, expect, it } from 'vitest'
import { ServerErrorSummary } from './forms.tsx'

/** Renders inside a data router, as a page is (the summary watches the form's submission). */
const render = (element: ReactNode) => renderToStaticMarkup(<RouterProvider router={createMemoryRouter([{ path: '/', element }])} />)

describe('the error summary', () => {
  it('links each message about a field on the page to that field', () => {
    const html = render(<ServerErrorSummary order={['title', 'body']} errors={{ body: ['Enter the text'], title: ['Enter a title'] }} />)
    expect(html).toContain('There is a problem')
    expect(html.indexOf('href="#field-title"')).toBeLessThan(html.indexOf('href="#field-body"'))
  })

  it('still says a message about something with no field on the page', () => {
    const html = render(<ServerErrorSummary order={['title']} errors={{ intent: ['Choose what to do'], '': ['This statement has been published'] }} />)
    expect(html).toContain('There is a problem')
    expect(html).toContain('Choose what to do')
    expect(html).toContain('This statement has been published')
    expect(html).not.toContain('#field-intent')
  })

  it('shows nothing when nothing is wrong', () => {
    expect(render(<ServerErrorSummary order={['title']} errors={{ title: null, '': [] }} />)).toBe('')
  })
})
