/** The main navigation when the site global has none yet (fresh database). */
export const DEFAULT_NAVIGATION = [
  { label: 'Werkwijzen', url: '/werkwijzen' },
  { label: 'Escalatiemodel', url: '/escalatiemodel' },
  { label: 'Verbeteragenda', url: '/paginas/verbeteragenda' },
  { label: 'Bouwstenen', url: '/bouwstenen' },
  { label: 'Regio’s', url: '/regios' },
  { label: 'Scholing', url: '/scholing' },
  { label: 'Vacatures', url: '/vacatures' },
  { label: 'Toekomsttuinen', url: '/toekomsttuinen' },
  { label: 'Begrippen', url: '/begrippen' },
  { label: 'Monitor', url: '/monitor' },
]
