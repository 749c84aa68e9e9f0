import type { Payload } from 'payload'

import type { Site } from '../../payload-types'
import { cachedForVisitors } from './cache'
import { DEFAULT_NAVIGATION } from './navigation'

export async function loadSite(payload: Payload): Promise<Site & { navigation: { label: string; url: string }[] }> {
  const site = await cachedForVisitors(['global', 'site'], () =>
    payload.findGlobal({ slug: 'site', overrideAccess: false, user: null, depth: 0 }),
  )
  return { ...site, navigation: site.navigation?.length ? site.navigation : DEFAULT_NAVIGATION }
}
