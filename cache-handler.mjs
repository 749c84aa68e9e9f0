// Next's cache handler (next.config.mjs sets it when REDIS_URL is set): pages and cached reads live
// in Redis, so a publish on one instance expires them for every instance (docs: deploy/README.md).
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'

import { sharedCache, sharedCacheSettings } from './src/lib/sharedCache.mjs'

CacheHandler.onCreation(() => {
  const settings = sharedCacheSettings()
  if (!settings) throw new Error('cache-handler.mjs needs REDIS_URL')
  return { handlers: [sharedCache(settings).handler] }
})

export default CacheHandler
