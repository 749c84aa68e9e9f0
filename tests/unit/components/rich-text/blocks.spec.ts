import { createElement as h } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { Callout } from '../../../../src/components/rich-text/blocks'

describe('the "Let op" block on the site', () => {
  it('takes its kind’s name (the admin’s choice label) as title when the editor gave none', () => {
    expect(
      renderToStaticMarkup(h(Callout, { blockType: 'callout', variant: 'info', title: null, text: 'Tekst.' })),
    ).toBe(
      '<aside class="callout callout--info" aria-label="Goed om te weten"><p class="callout__title">Goed om te weten</p><p class="utrecht-paragraph">Tekst.</p></aside>',
    )
    expect(
      renderToStaticMarkup(h(Callout, { blockType: 'callout', variant: 'veiligheid', title: 'Eigen kop', text: 'T' })),
    ).toContain('<p class="callout__title">Eigen kop</p>')
  })
})
