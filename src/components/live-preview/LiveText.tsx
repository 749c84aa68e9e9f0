'use client'

import { usePathname } from 'next/navigation'
import type { ReactNode } from 'react'

import { useLiveData } from './liveData'

/**
 * A plain text field of the page's document that follows the editor's typing in the live
 * preview. Only when the document being edited is this page's (its slug is the last part of the
 * address); anywhere else, and outside the preview, the server's text stays.
 */
export function LiveText({ field, children }: { field: 'title' | 'summary'; children: ReactNode }) {
  const data = useLiveData()
  const pathname = usePathname()
  if (!data) return <>{children}</>
  const slug = decodeURIComponent((pathname ?? '').split('/').filter(Boolean).pop() ?? '')
  const value = data[field]
  if (data.slug !== slug || typeof value !== 'string') return <>{children}</>
  return <>{value}</>
}
