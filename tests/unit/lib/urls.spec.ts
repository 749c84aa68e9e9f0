import { describe, expect, it } from 'vitest'

import {
  adminPath,
  alertManagePath,
  alertSignupPath,
  COLLECTION_PATHS,
  documentPath,
  feedPath,
  monitorCsvPath,
  monitorIndicatorPath,
  monitorPath,
} from '../../../src/lib/urls'

describe('public paths', () => {
  it('maps every content type with a page of its own', () => {
    for (const [collection, base] of Object.entries(COLLECTION_PATHS)) {
      expect(documentPath(collection, { slug: 'voorbeeld' })).toBe(`${base}/voorbeeld`)
    }
    expect(documentPath('working-methods', { slug: 'beeindiging-van-een-ots' })).toBe('/werkwijzen/beeindiging-van-een-ots')
    expect(documentPath('pilots', { slug: 'x' })).toBe('/toekomsttuinen/x')
  })

  it('sends glossary terms, local agreements and organisations to the page that shows them', () => {
    expect(documentPath('glossary-terms', { slug: 'ots' })).toBe('/begrippen#ots')
    expect(documentPath('local-agreements', { slug: 'afspraak', region: { slug: 'achterhoek' } })).toBe('/regios/achterhoek#afspraak')
    expect(documentPath('local-agreements', { slug: 'afspraak', region: 4 })).toBe('/regios')
    expect(documentPath('organisations', { slug: 'gi' })).toBe('/regios#organisaties')
  })

  it('has no path without a slug or for a type without pages', () => {
    expect(documentPath('working-methods', { slug: null })).toBeNull()
    expect(documentPath('working-methods', {})).toBeNull()
    expect(documentPath('users', { slug: 'beheer' })).toBeNull()
    expect(documentPath('audit-log', { slug: 'x' })).toBeNull()
  })

  it('keeps the monitor’s selection in the URL', () => {
    expect(monitorPath()).toBe('/monitor')
    expect(monitorPath({ regions: ['achterhoek', '', 'rivierenland'], from: '2025-Q1', to: null })).toBe(
      '/monitor?regio=achterhoek&regio=rivierenland&van=2025-Q1',
    )
    expect(monitorIndicatorPath('wachttijd', { to: '2026-Q2' })).toBe('/monitor/wachttijd?tot=2026-Q2')
    expect(monitorCsvPath({ regions: ['achterhoek'] }, 'wachttijd')).toBe('/monitor/cijfers.csv?regio=achterhoek&indicator=wachttijd')
    expect(monitorCsvPath()).toBe('/monitor/cijfers.csv')
  })

  it('builds feed and alert links', () => {
    expect(feedPath('vacatures')).toBe('/vacatures/feed.atom')
    expect(feedPath('scholing', 'regio=achterhoek')).toBe('/scholing/feed.atom?regio=achterhoek')
    expect(alertSignupPath('vacatures', 'regio=achterhoek')).toBe('/meldingen/aanmelden?lijst=vacatures&regio=achterhoek')
    expect(alertManagePath('a b&c')).toBe('/meldingen/beheren?token=a%20b%26c')
  })
})

describe('admin paths', () => {
  it('links to a list, a new document, a document and a global', () => {
    expect(adminPath({ collection: 'users' })).toBe('/admin/collections/users')
    expect(adminPath({ collection: 'trainings', create: true })).toBe('/admin/collections/trainings/create')
    expect(adminPath({ collection: 'feedback', id: 7 })).toBe('/admin/collections/feedback/7')
    expect(adminPath({ collection: 'registrations', query: 'where[session][equals]=3' })).toBe(
      '/admin/collections/registrations?where[session][equals]=3',
    )
    expect(adminPath({ global: 'escalation-model' })).toBe('/admin/globals/escalation-model')
  })
})
