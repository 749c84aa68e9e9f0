import type { Payload, TypedUser } from 'payload'
import type { ReactElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'

import { FurthestFromTarget } from '../../../src/components/readability/admin/FurthestFromTarget'
import { OverdueReviews } from '../../../src/workflow/components/OverdueReviews'
import { testDatabases } from '../../helpers/databases'
import { usePayload } from '../../helpers/usePayload'
import { OFFICIAL_C2 } from '../../unit/readability/texts'

const sqlite = (await testDatabases()).find((database) => database.kind === 'sqlite')!

type Panel = (props: { payload: Payload; user?: TypedUser | null }) => Promise<ReactElement | null>

describe('the admin dashboard’s panels (src/admin/DashboardPanel.tsx)', () => {
  const portal = usePayload(sqlite)
  let user: TypedUser
  const render = async (panel: Panel) => renderToStaticMarkup((await panel({ payload: portal.payload, user }))!)

  beforeAll(async () => {
    user = (await portal.payload.create({
      collection: 'users',
      data: { email: 'beheer@example.org', password: 'een-lang-wachtwoord-1', role: 'admin', name: 'Beheer' },
      overrideAccess: true,
    })) as TypedUser
  })

  it('says all is well while there is nothing to do, and shows nobody anything without a user', async () => {
    expect(await render(OverdueReviews)).toBe(
      '<section aria-labelledby="overdue-reviews" style="border:1px solid var(--theme-elevation-150);border-left:4px solid var(--theme-warning-500);border-radius:4px;padding:1rem 1.25rem;margin-bottom:2rem">' +
        '<h2 id="overdue-reviews" style="margin-top:0">Herziening nodig</h2><p style="margin-bottom:0">Alle inhoud die u beheert, is op tijd herzien.</p></section>',
    )
    expect(await render(FurthestFromTarget)).toContain(
      '<p style="margin-bottom:0">Alle teksten die u beheert, halen hun taalniveau (of zijn nog niet gescoord).</p></section>',
    )
    expect(await OverdueReviews({ payload: portal.payload, user: null })).toBeNull()
  })

  it('lists an overdue, hard text with a link to it in the admin', async () => {
    const page = await portal.payload.create({
      collection: 'pages',
      data: { title: 'Moeilijke pagina', summary: OFFICIAL_C2, nextReviewDue: '2020-01-01', _status: 'published' },
      overrideAccess: true,
    })
    const overdue = await render(OverdueReviews)
    expect(overdue).toContain('<p>De herzieningsdatum van dit stuk is verstreken:</p>')
    expect(overdue).toContain(`<a href="/admin/collections/pages/${page.id}">Moeilijke pagina</a>`)
    expect(overdue).not.toContain('op tijd herzien')
    const furthest = await render(FurthestFromTarget)
    expect(furthest).toContain('border-left:4px solid var(--theme-success-500)')
    expect(furthest).toContain(`<a href="/admin/collections/pages/${page.id}">Moeilijke pagina</a>`)
    expect(furthest).not.toContain('halen hun taalniveau')
  })
})
