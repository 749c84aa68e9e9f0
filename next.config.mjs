import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The portal is self-hosted and must make no calls home.
  poweredByHeader: false,
  images: { unoptimized: true },
  // libsql ships a native binary; keep it (and the other DB drivers) out of the bundle.
  serverExternalPackages: ['@libsql/client', 'libsql', 'sharp'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
