import type { Payload } from 'payload'

import { audienceLabel } from '../lib/labels'
import { regionInText } from '../regions/region-in-text'
import type { ContactPoint } from '../escalation/contacts'
import type { Region, Site, WorkingMethod } from '../../payload-types'

/** Who to ask about a working method: a region's contact point, or the project office. */
export type WorkCardContact = { name: string; description?: string | null; email?: string | null; phone?: string | null; hours?: string | null }

/**
 * What fits on one printed A4 page for a working method: who it is for, what it is about, when
 * (the time limit of each step), the steps, and whom to call. The HTML card and the PDF are both
 * drawn from this, so they cannot tell different stories.
 */
export type WorkCard = {
  title: string
  slug: string
  scope: string
  isExample: boolean
  /** Wat: the summary. */
  what: string
  /** Voor wie: the audiences, in words. */
  who: string[]
  steps: { title: string; who: string; action: string; timeframe: string }[]
  contacts: WorkCardContact[]
  /** Path on the site, printed at the bottom so a paper copy leads back to the current version. */
  path: string
  lastReviewedAt: string | null
}

/** Which of a region's contact points answer questions about a working method, in this order. */
const CONTACT_ORDER: ContactPoint['kind'][] = ['jeugdbeschermingstafel', 'escalatie', 'ret']

export function regionContacts(region: Pick<Region, 'contactPoints'> | null | undefined, max = 2): WorkCardContact[] {
  const points = region?.contactPoints ?? []
  const ranked = [...points].sort((a, b) => rank(a.kind) - rank(b.kind))
  return ranked.slice(0, max).map(({ name, description, email, phone, hours }) => ({ name, description, email, phone, hours }))
}

const rank = (kind: ContactPoint['kind']) => {
  const index = CONTACT_ORDER.indexOf(kind)
  return index === -1 ? CONTACT_ORDER.length : index
}

/** The project office, from the site's contact: the address for a Gelderland-wide method. */
export function projectOfficeContact(site: Pick<Site, 'contact'> | null | undefined): WorkCardContact | null {
  const contact = site?.contact
  if (!contact?.email && !contact?.phone) return null
  return { name: 'Redactie van het kennisportaal (projectbureau)', description: contact.text, email: contact.email, phone: contact.phone }
}

/**
 * Builds the card from a working method read with depth ≥ 1 (its region populated). A regional
 * method names its region's contact points; a Gelderland-wide one the project office.
 */
export function toWorkCard(method: WorkingMethod, site: Pick<Site, 'contact'> | null): WorkCard {
  const region = typeof method.region === 'object' ? (method.region as Region | null) : null
  const regional = method.scope === 'regio' && region
  const office = projectOfficeContact(site)
  const contacts = regional ? regionContacts(region) : []
  if (!contacts.length && office) contacts.push(office)
  return {
    title: method.title,
    slug: method.slug ?? '',
    scope: regional ? `Werkwijze in ${regionInText(region.title)}` : 'Werkwijze voor heel Gelderland',
    isExample: Boolean(method.isExample),
    what: method.summary ?? '',
    who: (method.audiences ?? []).map(audienceLabel),
    steps: (method.steps ?? []).map((step) => ({
      title: step.title,
      who: step.who,
      action: step.action ?? '',
      timeframe: step.timeframe ?? '',
    })),
    contacts,
    path: `/werkwijzen/${method.slug}`,
    lastReviewedAt: method.lastReviewedAt ?? null,
  }
}

/** The published working method's card for an anonymous visitor, or null (404). */
export async function getWorkCard(payload: Payload, slug: string): Promise<WorkCard | null> {
  if (!/^[a-z0-9-]{1,120}$/.test(slug)) return null
  const [{ docs }, site] = await Promise.all([
    payload.find({
      collection: 'working-methods',
      where: { slug: { equals: slug } },
      overrideAccess: false,
      user: null,
      depth: 1,
      limit: 1,
    }),
    payload.findGlobal({ slug: 'site', overrideAccess: false, user: null, depth: 0 }),
  ])
  const method = docs[0]
  return method ? toWorkCard(method, site) : null
}
