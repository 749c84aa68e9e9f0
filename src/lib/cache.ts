import { unstable_cache } from 'next/cache'

/**
 * What anonymous visitors read is cached per instance and dropped as soon as anything is edited
 * (see src/hooks/revalidateContent.ts). One tag for all content, because pages show related items
 * (a working method lists its building blocks): any edit may change any page, and edits are rare
 * next to reads. The time limit bounds how long another instance can show an older version.
 */
export const CONTENT_TAG = 'portal-content'
const MAX_AGE_SECONDS = 30

export function cachedForVisitors<T>(key: unknown[], read: () => Promise<T>): Promise<T> {
  return unstable_cache(read, ['content', JSON.stringify(key)], { tags: [CONTENT_TAG], revalidate: MAX_AGE_SECONDS })()
}
