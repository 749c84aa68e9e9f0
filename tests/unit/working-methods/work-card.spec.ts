import { describe, expect, it } from 'vitest'

import { extractPdfText } from '../../../src/documents/extract-pdf-text'
import type { WorkingMethod } from '../../../payload-types'
import { toWorkCard } from '../../../src/working-methods/work-card'
import { renderWorkCardPdf } from '../../../src/working-methods/work-card-pdf'

const step = (n: number) => ({
  title: `Stap ${n}: overleg plannen`,
  who: 'Jeugdbeschermer en lokaal team',
  action: 'Zij bespreken samen wat het gezin nodig heeft en leggen vast wie wat doet, in eenvoudige woorden die ouders begrijpen. '.repeat(2),
  timeframe: `binnen ${n} werkdagen`,
})

const method = (overrides: Partial<WorkingMethod> = {}): WorkingMethod =>
  ({
    id: 1,
    title: 'Bespreking aan de jeugdbeschermingstafel',
    slug: 'bespreking-aan-de-jeugdbeschermingstafel',
    summary: 'Hoe een gezin aan de tafel komt en wat er daarna gebeurt.',
    scope: 'regio',
    region: {
      id: 2,
      title: 'Achterhoek',
      contactPoints: [
        { kind: 'overig', name: 'Algemeen loket', email: 'loket@example.org' },
        { kind: 'jeugdbeschermingstafel', name: 'Jeugdbeschermingstafel Achterhoek', email: 'tafel@example.org', phone: '0314 000 000' },
      ],
    },
    audiences: ['lokaal-team', 'raad'],
    steps: [1, 2, 3].map(step),
    isExample: true,
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  }) as WorkingMethod

const site = { contact: { email: 'portaal@example.org', text: 'Vragen? Mail de redactie.' } }

describe('work card', () => {
  it('names who, what, when, the steps and the region’s table before its other contacts', () => {
    const card = toWorkCard(method(), site)
    expect(card.scope).toBe('Werkwijze in de Achterhoek')
    expect(card.who).toEqual(['Lokaal team / wijkteam', 'Raad voor de Kinderbescherming'])
    expect(card.steps[1]).toMatchObject({ who: 'Jeugdbeschermer en lokaal team', timeframe: 'binnen 2 werkdagen' })
    expect(card.contacts.map((c) => c.name)).toEqual(['Jeugdbeschermingstafel Achterhoek', 'Algemeen loket'])
  })

  it('a Gelderland-wide method names the project office', () => {
    const card = toWorkCard(method({ scope: 'gelderland', region: null }), site)
    expect(card.scope).toBe('Werkwijze voor heel Gelderland')
    expect(card.contacts).toEqual([expect.objectContaining({ email: 'portaal@example.org' })])
  })

  it('the PDF is one A4 page with the same text, also with many steps', async () => {
    const card = toWorkCard(method({ steps: Array.from({ length: 9 }, (_, i) => step(i + 1)) }), site)
    const pdf = await renderWorkCardPdf(card, 'https://portaal.example.org')
    const { text, pages } = await extractPdfText(pdf)
    expect(pages).toBe(1)
    expect(text).toContain('Bespreking aan de jeugdbeschermingstafel')
    expect(text).toContain('Wanneer: binnen 9 werkdagen')
    expect(text).toContain('tafel@example.org')
    expect(text).toContain('https://portaal.example.org/werkwijzen/bespreking-aan-de-jeugdbeschermingstafel')
  })
})
