import type { Metadata } from 'next'
import type React from 'react'

import './styles.css'

export const metadata: Metadata = {
  title: { default: 'Kennisportaal Jeugdbescherming Gelderland', template: '%s · Kennisportaal Jeugdbescherming' },
  description:
    'Werkwijzen, het escalatiemodel, regionale afspraken, scholing en vacatures van de partners in de Gelderse jeugdbescherming.',
}

export default function FrontendLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="nl">
      <body>
        <a className="skip-link" href="#inhoud">
          Naar de inhoud
        </a>
        <header className="site-header">
          <a className="site-name" href="/">
            Kennisportaal Jeugdbescherming Gelderland
          </a>
        </header>
        <main id="inhoud">{children}</main>
        <footer className="site-footer">
          <p>Een portaal van de partners in de Gelderse Verbeteragenda Jeugdbescherming.</p>
        </footer>
      </body>
    </html>
  )
}
