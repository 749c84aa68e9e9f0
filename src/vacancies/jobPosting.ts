import type { Organisation, Region, Vacancy } from '../../payload-types'
import { siteUrl } from '../lib/seo'
import { CONTRACT_TYPES } from './labels'
import { salaryRange } from './salaryScales'

/**
 * schema.org JobPosting for an open vacancy (https://schema.org/JobPosting), so job search
 * engines list it; closed vacancies carry none.
 */
export function jobPostingJsonLd(vacancy: Vacancy, organisation: Organisation | null, regions: Region[]) {
  const salary = salaryRange(vacancy.caoScale)
  const contract = CONTRACT_TYPES.find((c) => c.value === vacancy.contractType)
  const hours = vacancy.hoursMax ?? vacancy.hoursMin
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: vacancy.title,
    description: vacancy.summary || vacancy.title,
    datePosted: vacancy.postedAt,
    validThrough: vacancy.closingDate,
    employmentType: [
      hours >= 36 ? 'FULL_TIME' : 'PART_TIME',
      ...(contract && contract.schemaOrg !== 'FULL_TIME' ? [contract.schemaOrg] : []),
    ],
    hiringOrganization: organisation ? { '@type': 'Organization', name: organisation.title } : undefined,
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: vacancy.placeOfWork || regions[0]?.title || 'Gelderland',
        addressRegion: 'Gelderland',
        addressCountry: 'NL',
      },
    },
    baseSalary: salary
      ? {
          '@type': 'MonetaryAmount',
          currency: 'EUR',
          value: { '@type': 'QuantitativeValue', minValue: salary.min, maxValue: salary.max, unitText: 'MONTH' },
        }
      : undefined,
    url: `${siteUrl()}/vacatures/${vacancy.slug}`,
  }
}
