'use client'

import { useEffect, useState } from 'react'

import type { RegionTeaser } from '@/home/getHomeFeed'
import { isRegionSlug, REGION_COOKIE } from '@/lib/regionCookie'

import { LinkList } from './LinkList'
import { RegionPicker } from './RegionPicker'

function readRegionCookie(): string | null {
  const entry = document.cookie.split('; ').find((part) => part.startsWith(`${REGION_COOKIE}=`))
  const value = entry ? decodeURIComponent(entry.slice(REGION_COOKIE.length + 1)) : null
  return isRegionSlug(value) ? value : null
}

/**
 * "In uw regio" on the home page. The page is the same for everyone (it comes from the cache);
 * this small island picks the visitor's region, remembered in a cookie, from the regions the
 * page already holds. Without JavaScript the picker still saves the choice (a plain form post)
 * and the region page holds the same links.
 */
export function ChosenRegion({ regions }: { regions: RegionTeaser[] }) {
  const [slug, setSlug] = useState<string | null>(null)
  useEffect(() => setSlug(readRegionCookie()), [])
  const region = regions.find((r) => r.slug === slug) ?? null
  return (
    <section aria-labelledby="uw-regio" className="in-your-region">
      <h2 id="uw-regio" className="utrecht-heading-2">
        {region ? `In uw regio: ${region.title}` : 'Uw regio'}
      </h2>
      {region ? (
        <>
          <p className="utrecht-paragraph">
            <a className="utrecht-link" href={region.href}>
              Alles over {region.inText}: contactpunten, afspraken en toekomsttuinen
            </a>
          </p>
          <LinkList id="regio-afspraken" title="Lokale afspraken" items={region.agreements} />
          <LinkList id="regio-scholing" title="Scholing in uw regio" items={region.trainings} />
          <LinkList id="regio-vacatures" title="Vacatures in uw regio" items={region.vacancies} />
        </>
      ) : (
        <p className="utrecht-paragraph">Kies uw regio om hier de afspraken, scholing en vacatures van uw regio te zien.</p>
      )}
      <RegionPicker key={region?.slug ?? ''} regions={regions} current={region?.slug ?? null} returnTo="/" />
    </section>
  )
}
