import type { Metadata } from 'next'

/** The portal's public address, for canonical URLs, the sitemap and Open Graph. */
export function siteUrl(): string {
  return (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
}

/** Title, description, canonical URL and Open Graph for one page. */
export function pageMetadata({
  title,
  description,
  path,
}: {
  title: string
  description?: string | null
  path: string
}): Metadata {
  const summary = description?.slice(0, 300) || undefined
  return {
    title,
    description: summary,
    alternates: { canonical: path },
    openGraph: { title, description: summary, url: path, type: 'article' },
  }
}
