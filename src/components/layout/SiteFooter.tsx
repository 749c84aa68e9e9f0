import { ContactLinks } from '@/components/content/ContactLinks'
import { paths } from '@/lib/urls'

type Props = {
  text?: string | null
  links?: { label: string; url: string; id?: string | null }[] | null
  contact?: { email?: string | null; phone?: string | null; text?: string | null } | null
}

export function SiteFooter({ text, links, contact }: Props) {
  return (
    <footer className="utrecht-page-footer site-footer">
      <div className="site-footer__inner">
        <p className="utrecht-paragraph">
          {text || 'Een portaal van de partners in de Gelderse Verbeteragenda Jeugdbescherming.'}
        </p>
        {contact?.email || contact?.phone ? (
          <p className="utrecht-paragraph">
            {contact.text ? `${contact.text} ` : 'Contact: '}
            <ContactLinks email={contact.email} phone={contact.phone} />
          </p>
        ) : null}
        <nav aria-label="Voettekst">
          <ul className="site-footer__links">
            {(links ?? []).map((link) => (
              <li key={link.url}>
                <a className="utrecht-link" href={link.url}>
                  {link.label}
                </a>
              </li>
            ))}
            {/* Always there, whatever the editors put in the footer: the law asks for it on every page. */}
            {(links ?? []).some((link) => link.url === paths.accessibilityStatement) ? null : (
              <li>
                <a className="utrecht-link" href={paths.accessibilityStatement}>
                  Toegankelijkheid
                </a>
              </li>
            )}
            <li>
              <a className="utrecht-link" href="/admin">
                Inloggen voor redacteuren
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  )
}
