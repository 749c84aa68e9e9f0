import { paths } from '../../src/lib/urls'

/** Navigation, footer and contact of the public site (the `site` global, which has no drafts). */
export function siteData() {
  return {
    name: 'Kennisportaal Jeugdbescherming Gelderland',
    tagline: 'Wat de Gelderse partners in de jeugdbescherming samen afspraken, op één plek',
    navigation: [
      { label: 'Visie', url: '/visie' },
      { label: 'Verbeteragenda', url: '/paginas/verbeteragenda' },
      { label: 'Bouwstenen', url: '/bouwstenen' },
      { label: 'Werkwijzen', url: '/werkwijzen' },
      { label: 'Escalatiemodel', url: '/escalatiemodel' },
      { label: 'Regio’s', url: '/regios' },
      { label: 'Scholing', url: '/scholing' },
      { label: 'Vacatures', url: '/vacatures' },
      { label: 'Toekomsttuinen', url: '/toekomsttuinen' },
      { label: 'Begrippen', url: '/begrippen' },
      { label: 'Monitor', url: '/monitor' },
    ],
    footerText:
      'Een portaal van de vier gecertificeerde instellingen, de drie Veilig Thuis-organisaties, de Raad voor de Kinderbescherming en de zeven Gelderse jeugdhulpregio’s. Dit portaal bevat geen gegevens over gezinnen of cliënten.',
    footerLinks: [
      { label: 'Over dit portaal', url: paths.page('over-dit-portaal') },
      { label: 'Voorbeeldinhoud en bronnen', url: paths.page('voorbeeldinhoud-en-bronnen') },
      { label: 'Privacy', url: paths.page('privacy') },
      { label: 'Documenten', url: '/documenten' },
      { label: 'Zoeken', url: '/zoeken' },
    ],
    contact: {
      email: 'portaal@example.org',
      text: 'Vragen over de inhoud of een fout gezien? Mail de redactie. Voor zorgen over een kind: bel Veilig Thuis, 0800-2000.',
    },
  }
}
