import { describe, expect, it } from 'vitest'

import { lexicalToText } from '../../../../src/search/records/lexical'

const text = (value: string, extra: Record<string, unknown> = {}) => ({ type: 'text', text: value, ...extra })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const root = (...children: unknown[]) => ({ root: { type: 'root', children } })

describe('Lexical to text', () => {
  it('gives nothing for nothing', () => {
    for (const value of [null, undefined, {}, 'tekst', { root: null }]) expect(lexicalToText(value)).toEqual({ headings: [], text: '' })
  })

  it('joins the inline text of a paragraph and puts paragraphs on lines of their own', () => {
    const doc = root(
      paragraph(text('Eerst '), text('vet', { format: 1 }), text(' en dan'), { type: 'linebreak' }, text('verder')),
      paragraph(),
      paragraph(text('   ')),
      paragraph({ type: 'link', children: [text('een link')] }, { type: 'tab' }, text('na de tab')),
    )
    expect(lexicalToText(doc)).toEqual({ headings: [], text: 'Eerst vet en dan verder\neen link na de tab' })
  })

  it('keeps headings apart and in the text', () => {
    const doc = root({ type: 'heading', tag: 'h2', children: [text('Wie doet wat')] }, paragraph(text('De jeugdbeschermer.')))
    expect(lexicalToText(doc)).toEqual({ headings: ['Wie doet wat'], text: 'Wie doet wat\nDe jeugdbeschermer.' })
  })

  it('reads nested lists item by item, the item’s own text before its sub-list', () => {
    const doc = root({
      type: 'list',
      children: [
        { type: 'listitem', children: [text('Een'), { type: 'list', children: [{ type: 'listitem', children: [text('Een.a')] }] }] },
        { type: 'listitem', children: [text('Twee')] },
      ],
    })
    expect(lexicalToText(doc).text).toBe('Een\nEen.a\nTwee')
  })

  it('takes every text field of a block, titles as headings, and skips settings and files', () => {
    const doc = root({
      type: 'block',
      fields: {
        id: 'abc123',
        blockType: 'steps',
        blockName: 'Stappen',
        variant: 'waarschuwing',
        title: 'In drie stappen',
        steps: [
          { id: 's1', heading: 'Melden', body: 'Bel Veilig Thuis.' },
          { id: 's2', heading: 'Overleggen', body: 'Met de Raad.', url: 'https://example.org', file: 4 },
        ],
        empty: '   ',
      },
    })
    expect(lexicalToText(doc)).toEqual({
      headings: ['In drie stappen', 'Melden', 'Overleggen'],
      text: 'In drie stappen\nMelden\nBel Veilig Thuis.\nOverleggen\nMet de Raad.',
    })
  })

  it('leaves uploads, relationships and rules out', () => {
    const doc = root(
      { type: 'upload', value: { filename: 'geheim.pdf' } },
      { type: 'relationship', value: { title: 'Elders' } },
      { type: 'horizontalrule' },
      { type: 'quote', children: [text('Citaat')] },
    )
    expect(lexicalToText(doc)).toEqual({ headings: [], text: 'Citaat' })
  })
})
