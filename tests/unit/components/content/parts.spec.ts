import { createElement as h, Fragment } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { EmailField } from '../../../../src/components/alerts/EmailField'
import { FrequencyChoice } from '../../../../src/components/alerts/FrequencyChoice'
import { ContactLinks } from '../../../../src/components/content/ContactLinks'
import { DataTable } from '../../../../src/components/content/DataTable'
import { Fact } from '../../../../src/components/content/Fact'
import { ResultItem } from '../../../../src/components/content/ResultItem'
import { Section } from '../../../../src/components/content/Section'
import { TableHead } from '../../../../src/components/content/TableHead'
import { TableScroll } from '../../../../src/components/monitor/TableScroll'

/** The markup these parts replaced, written out by hand in the pages before: it must not change. */
describe('the shared parts of the content pages (src/components/content)', () => {
  it('Section: a section named by its h2, with optional class, anchor and focusable heading', () => {
    expect(renderToStaticMarkup(h(Section, { id: 'doel', title: 'Doel', children: h('p', null, 'Tekst') }))).toBe(
      '<section aria-labelledby="doel"><h2 id="doel" class="utrecht-heading-2">Doel</h2><p>Tekst</p></section>',
    )
    expect(
      renderToStaticMarkup(
        h(Section, { id: 'treden', anchor: 'model', title: 'Treden', className: 'callout', children: null }),
      ),
    ).toBe(
      '<section id="model" aria-labelledby="treden" class="callout"><h2 id="treden" class="utrecht-heading-2">Treden</h2></section>',
    )
    expect(
      renderToStaticMarkup(h(Section, { id: 'stappen', title: 'Stappen', focusableHeading: true, children: null })),
    ).toBe(
      '<section aria-labelledby="stappen"><h2 id="stappen" class="utrecht-heading-2" tabindex="-1">Stappen</h2></section>',
    )
  })

  it('ResultItem: the title as a link in an h2 (or h3), then what the caller adds', () => {
    expect(renderToStaticMarkup(h(ResultItem, { href: '/scholing/a', title: 'A' }, h('p', null, 'Samenvatting')))).toBe(
      '<li><h2 class="utrecht-heading-3"><a class="utrecht-link" href="/scholing/a">A</a></h2><p>Samenvatting</p></li>',
    )
    expect(renderToStaticMarkup(h(ResultItem, { href: '/b', title: 'B', headingLevel: 3, className: 'card' }))).toBe(
      '<li class="card"><h3 class="utrecht-heading-3"><a class="utrecht-link" href="/b">B</a></h3></li>',
    )
  })

  it('TableHead and DataTable: a column header per column, the caption for screen readers only', () => {
    expect(renderToStaticMarkup(h('table', null, h(TableHead, { columns: ['Regio', 'Status'] })))).toBe(
      '<table><thead><tr><th scope="col">Regio</th><th scope="col">Status</th></tr></thead></table>',
    )
    const table = renderToStaticMarkup(
      h(DataTable, {
        label: 'Voortgang',
        caption: h(Fragment, null, 'Bouwsteen ', 3),
        columns: ['Regio'],
        children: h('tr', null, h('td', null, 'x')),
      }),
    )
    expect(table).toBe(
      '<div class="table-scroll-wrap"><p class="table-scroll__hint" aria-hidden="true">Schuif de tabel opzij om alle kolommen te zien.</p>' +
        '<div class="table-scroll" role="region" aria-label="Voortgang" tabindex="0"><table class="data-table">' +
        '<caption class="visually-hidden">Bouwsteen 3</caption><thead><tr><th scope="col">Regio</th></tr></thead>' +
        '<tbody><tr><td>x</td></tr></tbody></table></div></div>',
    )
  })

  it('TableScroll (monitor): the hint, and a focusable region named by the caption', () => {
    expect(
      renderToStaticMarkup(h(TableScroll, { hint: 'Schuif →', captionId: 'kpi-1-caption', children: h('table') })),
    ).toBe(
      '<div class="table-scroll"><p class="table-scroll__hint" aria-hidden="true">Schuif →</p>' +
        '<div class="table-scroll__inner" role="region" aria-labelledby="kpi-1-caption" tabindex="0"><table></table></div></div>',
    )
  })

  it('Fact: a term and its value, or nothing without a value', () => {
    expect(renderToStaticMarkup(h('dl', null, h(Fact, { term: 'Eigenaar', value: 'Projectbureau' })))).toBe(
      '<dl><dt>Eigenaar</dt><dd>Projectbureau</dd></dl>',
    )
    expect(
      renderToStaticMarkup(
        h('dl', null, h(Fact, { term: 'Eigenaar', value: null }), h(Fact, { term: 'Gemeenten', value: '' })),
      ),
    ).toBe('<dl></dl>')
  })

  it('ContactLinks: mail and phone as links, a dot only between the two', () => {
    expect(renderToStaticMarkup(h(ContactLinks, { email: 'info@example.org', phone: '026 123 45 67' }))).toBe(
      '<a class="utrecht-link" href="mailto:info@example.org">info@example.org</a> · ' +
        '<a class="utrecht-link" href="tel:0261234567">026 123 45 67</a>',
    )
    expect(renderToStaticMarkup(h(ContactLinks, { phone: '088 000' }))).toBe(
      '<a class="utrecht-link" href="tel:088000">088 000</a>',
    )
    expect(renderToStaticMarkup(h(ContactLinks, { email: 'a@example.org', phone: null }))).toBe(
      '<a class="utrecht-link" href="mailto:a@example.org">a@example.org</a>',
    )
  })
})

describe('the parts of the e-mail alert forms (src/components/alerts)', () => {
  it('FrequencyChoice: a radio button per frequency, the chosen one checked', () => {
    const html = renderToStaticMarkup(
      h(FrequencyChoice, {
        idPrefix: 'melding',
        options: [
          ['immediately', 'Direct'],
          ['daily', 'Eén keer per dag'],
        ],
        checked: 'daily',
      }),
    )
    expect(html).toBe(
      '<fieldset class="utrecht-form-fieldset"><legend class="utrecht-form-fieldset__legend">Hoe vaak wilt u e-mail?</legend>' +
        '<p><input type="radio" id="melding-immediately" name="frequency" value="immediately"/> <label for="melding-immediately">Direct</label></p>' +
        '<p><input type="radio" id="melding-daily" name="frequency" checked="" value="daily"/> <label for="melding-daily">Eén keer per dag</label></p>' +
        '</fieldset>',
    )
  })

  it('EmailField: the address field, marked invalid only when asked', () => {
    const field = (invalid?: boolean) => renderToStaticMarkup(h(EmailField, { id: 'melding-email', invalid }))
    expect(field()).toBe(
      '<p class="utrecht-form-field"><label class="utrecht-form-label" for="melding-email">Uw e-mailadres</label>' +
        '<input class="utrecht-textbox" id="melding-email" type="email" autoComplete="email" required="" maxLength="254" name="email"/></p>',
    )
    expect(field(true)).toContain('maxLength="254" aria-invalid="true" name="email"/>')
  })
})
