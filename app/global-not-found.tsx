import '@/theme/utrecht-components.css'
import '@utrecht/design-tokens/dist/theme.css'
import '@/theme/portal-theme.css'
import './(frontend)/styles.css'

import type { Metadata } from 'next'

import NotFound from './(frontend)/not-found'

export const metadata: Metadata = { title: 'Pagina niet gevonden · Kennisportaal Jeugdbescherming' }

/** A URL outside every route: the same Dutch 404 as inside the site, in a page of its own. */
export default function GlobalNotFound() {
  return (
    <html lang="nl">
      <body className="utrecht-theme portal-theme">
        <header className="site-header">
          <div className="site-header__inner">
            <a className="site-header__name" href="/">
              Kennisportaal Jeugdbescherming Gelderland
            </a>
          </div>
        </header>
        <main id="inhoud" className="site-main">
          <NotFound />
        </main>
      </body>
    </html>
  )
}
