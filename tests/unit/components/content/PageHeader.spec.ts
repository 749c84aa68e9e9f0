import { createElement as h, Fragment, type ReactElement, type ReactNode } from 'react'
import { renderToStaticMarkup, renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { DocumentHeader, PageHeader } from '../../../../src/components/content/PageHeader'
import { PageTitle } from '../../../../src/components/content/PageTitle'
import { Section } from '../../../../src/components/content/Section'
import { TextSection } from '../../../../src/components/content/TextSection'
import { NoMatches } from '../../../../src/components/finder/FinderParts'
import { Breadcrumbs } from '../../../../src/components/layout/Breadcrumbs'

/**
 * These parts replaced markup the pages wrote out by hand. Each test checks the markup, and that it
 * renders exactly as the hand-written tree did (renderToString keeps the <!-- --> markers between
 * adjacent text nodes that the pages' HTML has, which renderToStaticMarkup leaves out).
 */
const sameAsBefore = (now: ReactElement, before: ReactElement) =>
  expect(renderToString(now)).toBe(renderToString(before))

const home =
  '<li class="utrecht-breadcrumb-nav__item"><a class="utrecht-breadcrumb-nav__link utrecht-link" href="/">Home</a></li>'
const trail = (...items: string[]) =>
  `<nav class="utrecht-breadcrumb-nav breadcrumbs" aria-label="Kruimelpad"><ol class="utrecht-breadcrumb-nav__list">${home}${items.join('')}</ol></nav>`
const link = (label: string, href: string) =>
  `<li class="utrecht-breadcrumb-nav__item"><a class="utrecht-breadcrumb-nav__link utrecht-link" href="${href}">${label}</a></li>`
const current = (label: string) =>
  `<li class="utrecht-breadcrumb-nav__item"><span class="utrecht-breadcrumb-nav__link" aria-current="page">${label}</span></li>`

describe('PageHeader and DocumentHeader (src/components/content/PageHeader.tsx)', () => {
  it('a list page: Home, then the page under its title, then the title and summary', () => {
    expect(renderToStaticMarkup(h(PageHeader, { title: 'Scholing', summary: 'Trainingen.' }))).toBe(
      trail(current('Scholing')) +
        '<header class="page-title"><h1 class="utrecht-heading-1">Scholing</h1>' +
        '<p class="utrecht-paragraph utrecht-paragraph--lead">Trainingen.</p></header>',
    )
    sameAsBefore(
      h(PageHeader, { title: 'Scholing', summary: 'Trainingen.' }),
      h(
        Fragment,
        null,
        h(Breadcrumbs, { items: [{ label: 'Scholing' }] }),
        h(PageTitle, { title: 'Scholing', summary: 'Trainingen.' }),
      ),
    )
  })

  it('a crumb that is not the title stands in the trail instead of it', () => {
    const html = renderToStaticMarkup(h(PageHeader, { crumb: 'Bouwstenen', title: 'De acht bouwstenen' }))
    expect(html).toBe(
      trail(current('Bouwstenen')) +
        '<header class="page-title"><h1 class="utrecht-heading-1">De acht bouwstenen</h1></header>',
    )
  })

  it('a document under a list: Home, the list as a link, the document; the kicker and the demo notice', () => {
    const doc = { title: 'Veiligheidsplan', summary: 'Samen een plan.', isExample: true }
    const parent = { label: 'Werkwijzen', href: '/werkwijzen' }
    const html = renderToStaticMarkup(h(DocumentHeader, { doc, parent, kicker: 'Werkwijze' }))
    expect(
      html.startsWith(
        trail(link('Werkwijzen', '/werkwijzen'), current('Veiligheidsplan')) + '<header class="page-title">',
      ),
    ).toBe(true)
    expect(html).toContain(
      '<p class="page-title__kicker">Werkwijze</p><h1 class="utrecht-heading-1">Veiligheidsplan</h1>',
    )
    expect(html).toContain('<p class="utrecht-paragraph utrecht-paragraph--lead">Samen een plan.</p>')
    expect(html).toContain('example-notice')
    sameAsBefore(
      h(DocumentHeader, { doc, parent, kicker: 'Werkwijze' }),
      h(
        Fragment,
        null,
        h(Breadcrumbs, { items: [parent, { label: doc.title }] }),
        h(PageTitle, { title: doc.title, summary: doc.summary, isExample: doc.isExample, kicker: 'Werkwijze' }),
      ),
    )
  })

  it('a document with its own crumb (a number before the title), and one without a list above it', () => {
    const block = { title: 'Eén gezin, één plan', summary: null, isExample: false }
    expect(
      renderToStaticMarkup(
        h(DocumentHeader, {
          doc: block,
          parent: { label: 'Bouwstenen', href: '/bouwstenen' },
          crumb: '3. Eén gezin, één plan',
        }),
      ),
    ).toBe(
      trail(link('Bouwstenen', '/bouwstenen'), current('3. Eén gezin, één plan')) +
        '<header class="page-title"><h1 class="utrecht-heading-1">Eén gezin, één plan</h1></header>',
    )
    expect(renderToStaticMarkup(h(DocumentHeader, { doc: { title: 'Privacy' } }))).toBe(
      trail(current('Privacy')) + '<header class="page-title"><h1 class="utrecht-heading-1">Privacy</h1></header>',
    )
  })
})

describe('TextSection (src/components/content/TextSection.tsx)', () => {
  it('a section of one paragraph of the field’s text, with the section’s class', () => {
    const props = { id: 'ouders', title: 'Informatie voor ouders', className: 'callout callout--info' }
    expect(renderToStaticMarkup(h(TextSection, { ...props, text: 'Wat ouders moeten weten.' }))).toBe(
      '<section aria-labelledby="ouders" class="callout callout--info"><h2 id="ouders" class="utrecht-heading-2">Informatie voor ouders</h2>' +
        '<p class="utrecht-paragraph">Wat ouders moeten weten.</p></section>',
    )
    sameAsBefore(
      h(TextSection, { ...props, text: 'Tekst' }),
      h(Section, { ...props, children: h('p', { className: 'utrecht-paragraph' }, 'Tekst') }),
    )
  })

  it('nothing for an empty or missing field', () => {
    for (const text of [null, undefined, ''])
      expect(renderToStaticMarkup(h(TextSection, { id: 'a', title: 'A', text }))).toBe('')
  })
})

describe('NoMatches (src/components/finder/FinderParts.tsx)', () => {
  // As the JSX writes it: the children as createElement's own arguments (they replace props.children).
  const noMatches = (noun: string, ...children: ReactNode[]) => h(NoMatches, { noun, children: null }, ...children)

  it('links to the finder without filters when it is given no way out of its own', () => {
    const all = h('a', { className: 'utrecht-link', href: '/scholing' }, 'Toon alle trainingen')
    sameAsBefore(h(NoMatches, { noun: 'trainingen', showAll: '/scholing' }), noMatches('trainingen', all, '.'))
  })

  it('says nothing matches the filters, then where to go, as the finders wrote it', () => {
    const all = h('a', { className: 'utrecht-link', href: '/scholing' }, 'Toon alle trainingen')
    expect(renderToStaticMarkup(noMatches('trainingen', all, '.'))).toBe(
      '<p class="utrecht-paragraph">Geen trainingen met deze filters. <a class="utrecht-link" href="/scholing">Toon alle trainingen</a>.</p>',
    )
    sameAsBefore(
      noMatches('trainingen', all, '.'),
      h('p', { className: 'utrecht-paragraph' }, 'Geen trainingen met deze filters. ', all, '.'),
    )
    // The working methods' two ways out, with the text nodes their JSX makes (" of", " ").
    const clear = h('a', { className: 'utrecht-link', href: '/werkwijzen' }, 'Wis alle filters')
    const search = h('a', { className: 'utrecht-link', href: '/zoeken' }, 'zoek in het hele portaal')
    sameAsBefore(
      noMatches('werkwijzen', clear, ' of', ' ', search, '.'),
      h('p', { className: 'utrecht-paragraph' }, 'Geen werkwijzen met deze filters. ', clear, ' of', ' ', search, '.'),
    )
  })
})
