import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

type Env = Record<string, string | undefined>

/** The upload collections whose files go to the bucket when one is configured. */
export const STORED_UPLOADS = ['media', 'documents'] as const

export type S3Settings = {
  bucket: string
  endpoint?: string
  region: string
  accessKeyId: string
  secretAccessKey: string
  forcePathStyle: boolean
}

/**
 * S3-compatible storage when S3_BUCKET is set (several instances then share one set of files);
 * otherwise null and the files stay on local disk (data/media, data/documents). A bucket without
 * credentials is a configuration mistake and stops the start-up with a clear message.
 */
export function readS3Settings(env: Env = process.env): S3Settings | null {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (!accessKeyId || !secretAccessKey)
    throw new Error(
      'S3_BUCKET is gezet maar S3_ACCESS_KEY_ID of S3_SECRET_ACCESS_KEY ontbreekt. / S3_BUCKET is set but S3_ACCESS_KEY_ID or S3_SECRET_ACCESS_KEY is missing.',
    )
  return {
    bucket,
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    region: env.S3_REGION?.trim() || 'us-east-1',
    accessKeyId,
    secretAccessKey,
    // MinIO, s3rver and most self-hosted stores address a bucket by path, not by host name.
    forcePathStyle: env.S3_FORCE_PATH_STYLE ? env.S3_FORCE_PATH_STYLE === 'true' : Boolean(env.S3_ENDPOINT),
  }
}

/**
 * Payload's S3 adapter for Media and Documents. Files stay private in the bucket and are served
 * through Payload (/api/media/file/…), so every download still passes the collection's read
 * access: a draft document's file is no more public than the draft. Always in the config, switched
 * off without S3_BUCKET: the admin's import map then has the same entries whatever the environment,
 * so one build serves hosts with and without a bucket.
 */
export function uploadStoragePlugin(env: Env = process.env): Plugin {
  const settings = readS3Settings(env)
  return s3Storage({
    enabled: settings !== null,
    // The adapter's own column (_objectKey) exists with and without a bucket: one schema, one
    // set of migrations, whichever way a host stores its files.
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? 'unused',
    acl: 'private',
    collections: Object.fromEntries(STORED_UPLOADS.map((slug) => [slug, true])),
    config: settings
      ? {
          endpoint: settings.endpoint,
          region: settings.region,
          forcePathStyle: settings.forcePathStyle,
          credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
        }
      : {},
  })
}
