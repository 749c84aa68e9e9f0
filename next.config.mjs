import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { withPayload } from '@payloadcms/next/withPayload'

import { publicContentSecurityPolicy, securityHeaders, withoutPayloadClientHints } from './src/security/headers.mjs'

const development = process.env.NODE_ENV !== 'production'
const dirname = path.dirname(fileURLToPath(import.meta.url))

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The portal is self-hosted and must make no calls home.
  poweredByHeader: false,
  // No ETag: Next hashes every page it sends (about 15 % of a cached page's throughput, measured
  // with `npm run bench`), and a browser's `If-None-Match` saves only the ~10 kB of a compressed
  // page; the HTTP cache in front (deploy/nginx) is what answers repeated requests.
  generateEtags: false,
  images: { unoptimized: true },
  // libsql ships a native binary; keep it (and the other DB drivers) out of the bundle.
  serverExternalPackages: ['@libsql/client', 'libsql', 'sharp'],
  // The site and the admin are two root layouts; a URL that matches neither gets
  // app/global-not-found.tsx (a Dutch page with lang="nl") instead of Next's bare 404.
  experimental: { globalNotFound: true },
  // Security headers on every response; the admin's Content-Security-Policy (with a nonce) comes
  // from proxy.ts, everything else gets the static one (docs/adr/0005-content-security-policy.md).
  // The sources use unnamed groups on purpose: a named parameter (`/:path*`) makes Next compile
  // every header value that holds a colon (the policy's `data:`) with path-to-regexp on every
  // request, about 5 % of a cached page's time (profiled under `npm run bench`).
  async headers() {
    return [
      { source: '/(.*)', headers: securityHeaders({ production: !development }) },
      {
        source: '/((?!admin$|admin/).*)',
        headers: [{ key: 'Content-Security-Policy', value: publicContentSecurityPolicy({ development }) }],
      },
    ]
  },
  // Cached pages say `s-maxage=30, stale-while-revalidate=300` (pages export revalidate = 30): an
  // HTTP cache in front serves a page at most five minutes past its lifetime while it refreshes.
  expireTime: 330,
  // Build once, run many: the build id comes from the environment (BUILD_ID, e.g. a git sha) or is
  // the sources' fingerprint that src/cli/build.mjs passes, so builds of the same sources on two
  // hosts agree. NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, when set, is read by Next itself.
  generateBuildId: async () => process.env.BUILD_ID?.trim() || process.env.PORTAL_SOURCE_FINGERPRINT?.slice(0, 32) || null,
  // Several instances: pages and cached reads in Redis (read when `next start` starts, so one build
  // serves both a single instance and a cluster). Without REDIS_URL Next's own in-process cache.
  ...(process.env.REDIS_URL ? { cacheHandler: path.join(dirname, 'cache-handler.mjs'), cacheMaxMemorySize: 0 } : {}),
}

const config = withPayload(nextConfig, { devBundleServerPackages: false })
// The admin's colour-scheme hints come from proxy.ts, on the admin only (src/security/headers.mjs).
const payloadHeaders = config.headers
export default { ...config, headers: async () => withoutPayloadClientHints(await payloadHeaders()) }
