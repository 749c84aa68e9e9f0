import type { Metadata } from 'next'

/** The portal's public address, for canonical URLs, the sitemap and Open Graph. */
export function siteUrl(): string {
  return (process.env.PUBLIC_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')
}

/** Title, description, canonical URL and Open Graph for one page, and its Atom feed if it has one. */
export function pageMetadata({
  title,
  description,
  path,
  feed,
}: {
  title: string
  description?: string | null
  path: string
  feed?: { url: string; title: string }
}): Metadata {
  const summary = description?.slice(0, 300) || undefined
  return {
    title,
    description: summary,
    // A page with a feed of its own names it in its <head>, so a feed reader finds it from the page.
    alternates: feed ? { canonical: path, types: { 'application/atom+xml': [feed] } } : { canonical: path },
    openGraph: { title, description: summary, url: path, type: 'article' },
  }
}
