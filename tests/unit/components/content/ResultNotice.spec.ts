import { createElement as h } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { ResultNotice } from '../../../../src/components/content/ResultNotice'

const back = { href: '/scholing', label: 'Naar het scholingsaanbod' }

describe('ResultNotice: the page a form without JavaScript lands on (src/components/content/ResultNotice.tsx)', () => {
  it('says good news as a status and trouble as an alert, with the way back', () => {
    expect(renderToStaticMarkup(h(ResultNotice, { title: 'Inschrijving annuleren', outcome: { kind: 'ok', text: 'Geannuleerd.' }, back }))).toBe(
      '<article><h1 class="utrecht-heading-1">Inschrijving annuleren</h1>' +
        '<div class="utrecht-alert utrecht-alert--ok" role="status"><p class="utrecht-paragraph">Geannuleerd.</p></div>' +
        '<p class="utrecht-paragraph"><a class="utrecht-link" href="/scholing">Naar het scholingsaanbod</a></p></article>',
    )
    const trouble = renderToStaticMarkup(h(ResultNotice, { title: 'E-mailmeldingen', outcome: { kind: 'error', text: 'Ongeldig <link>.' }, back }))
    expect(trouble).toContain('<div class="utrecht-alert utrecht-alert--error" role="alert"><p class="utrecht-paragraph">Ongeldig &lt;link&gt;.</p></div>')
  })
})
