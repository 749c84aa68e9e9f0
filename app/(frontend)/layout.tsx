import '@/theme/utrecht-components.css'
import '@utrecht/design-tokens/dist/theme.css'
import '@/theme/portal-theme.css'
import './styles.css'

import type { Metadata, Viewport } from 'next'
import { draftMode } from 'next/headers'
import type React from 'react'

import { SiteFooter } from '@/components/layout/SiteFooter'
import { SiteHeader } from '@/components/layout/SiteHeader'
import { LivePreview } from '@/components/live-preview/LivePreview'
import { SearchBox } from '@/components/search/SearchBox'
import { isBuildPhase } from '@/lib/cache'
import { siteUrl } from '@/lib/seo'
import { getPayload } from '@/lib/payload'
import { loadSite } from '@/lib/site'

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: 'Kennisportaal Jeugdbescherming Gelderland', template: '%s · Kennisportaal Jeugdbescherming' },
  description:
    'Werkwijzen, het escalatiemodel, regionale afspraken, scholing en vacatures van de partners in de Gelderse jeugdbescherming.',
  openGraph: { siteName: 'Kennisportaal Jeugdbescherming Gelderland', locale: 'nl_NL', type: 'website' },
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export default async function FrontendLayout({ children }: { children: React.ReactNode }) {
  // `next build` opens no database: an empty shell, thrown away when the server starts (src/lib/cache.ts).
  if (isBuildPhase()) return <html lang="nl"><body /></html>
  const payload = await getPayload()
  const site = await loadSite(payload)
  // Draft mode is on only for a signed-in editor who opened a preview (app/(frontend)/preview):
  // only then does the page listen to the admin, so cached pages for visitors stay as they are.
  const previewing = (await draftMode()).isEnabled
  return (
    <html lang="nl">
      <body className="utrecht-theme portal-theme">
        <a className="utrecht-link skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        <div className="site">
          <SiteHeader name={site.name} navigation={site.navigation} search={<SearchBox />} />
          <main id="inhoud" className="utrecht-page-content site-main" tabIndex={-1}>
            {previewing ? <LivePreview>{children}</LivePreview> : children}
          </main>
          <SiteFooter text={site.footerText} links={site.footerLinks} contact={site.contact} />
        </div>
      </body>
    </html>
  )
}
