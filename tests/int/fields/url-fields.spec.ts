import type { CollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { isAllowedUrl, LINK_SCHEMES, URL_MESSAGES } from '../../../src/fields/url'
import { link, p, richText } from '../../../src/lexical/build'
import { testDatabases } from '../../helpers/databases'
import { usePayload } from '../../helpers/usePayload'
import { vacancyData } from '../../helpers/vacancyFixtures'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!
let counter = 0

/** The field errors of a refused write; fails when the write was accepted. */
async function refusal(write: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  try {
    await write
  } catch (error) {
    const data = (error as { status?: number; data?: { errors?: { path: string; message: string }[] } }).data
    expect((error as { status?: number }).status, String(error)).toBe(400)
    return (data?.errors ?? []).map(({ path, message }) => ({ path, message }))
  }
  throw new Error('Het adres werd geaccepteerd.')
}

const DANGEROUS = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:x',
  'file:///etc/passwd',
  'ftp://example.org/x',
  'https:/\\evil.example',
  '//evil.example',
]

describe('isAllowedUrl', () => {
  const rules = { schemes: LINK_SCHEMES, allowLocal: true }
  it.each([
    'https://www.example.org/pad?x=1',
    'http://example.org',
    'mailto:info@example.org',
    'tel:+31260000000',
    '/bouwstenen/veiligheid',
    '#kop',
  ])('accepts %s', (value) => {
    expect(isAllowedUrl(value, rules)).toBe(true)
  })
  it.each(DANGEROUS)('refuses %j', (value) => {
    expect(isAllowedUrl(value, rules)).toBe(false)
  })
  it('refuses local paths where only absolute addresses belong', () => {
    expect(isAllowedUrl('/bouwstenen', { schemes: LINK_SCHEMES, allowLocal: false })).toBe(false)
  })
})

describe('URL fields on save', () => {
  const portal = usePayload(sqlite)
  let organisationId: number

  const create = (collection: CollectionSlug, data: Record<string, unknown>) =>
    portal.payload.create({ collection, data: data as never, overrideAccess: true, depth: 0 })

  const vacancy = (applyUrl: string) =>
    create('vacancies', { ...vacancyData(organisationId), title: `Jeugdbeschermer ${++counter}`, applyUrl })

  beforeAll(async () => {
    organisationId = (await create('organisations', { title: 'Testorganisatie', type: 'gi', _status: 'published' }))
      .id as number
  })

  it('vacancy applyUrl: http(s), mailto and tel only', async () => {
    for (const url of ['https://werkenbij.example.org/vacature', 'mailto:werving@example.org', 'tel:+31260000000']) {
      expect((await vacancy(url)).id).toBeDefined()
    }
    for (const url of ['javascript:alert(1)', 'data:text/html,x', '/vacatures']) {
      const errors = await refusal(vacancy(url))
      expect(errors).toContainEqual({ path: 'applyUrl', message: URL_MESSAGES.scheme })
    }
  })

  it('organisation website: a web address only', async () => {
    expect(
      (await create('organisations', { title: 'Goed', type: 'gi', website: 'https://www.example.org' })).id,
    ).toBeDefined()
    for (const website of ['javascript:alert(1)', 'mailto:x@example.org', 'ftp://example.org']) {
      const errors = await refusal(create('organisations', { title: `Fout ${++counter}`, type: 'gi', website }))
      expect(errors).toContainEqual({ path: 'website', message: URL_MESSAGES.web })
    }
  })

  it('links in rich text: refused with a Dutch message, safe ones kept', async () => {
    const saved = await create('pages', {
      title: 'Met links',
      body: richText(
        p(
          link('site', 'https://www.example.org'),
          link('hier', '/bouwstenen'),
          link('mail', 'mailto:info@example.org'),
        ),
      ),
    })
    expect(JSON.stringify(saved)).toContain('https://www.example.org')
    for (const url of ['javascript:alert(document.cookie)', 'data:text/html,<b>x</b>', 'vbscript:x']) {
      const errors = await refusal(
        create('pages', { title: `Kwaadaardig ${++counter}`, body: richText(p(link('klik', url))) }),
      )
      expect(errors).toContainEqual({ path: 'body', message: URL_MESSAGES.richText })
    }
  })
})
