'use client'

import { RefreshRouteOnSave, useLivePreview } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { useCallback, useEffect } from 'react'

import type { LiveData } from './liveData'

const NO_DATA: Record<string, unknown> = {}

/**
 * The form as it stands, straight from the admin's message: no request to the API to fill in
 * relations. Only plain fields (title, summary) are shown live; everything else comes from the
 * server on the next save.
 */
const formAsSent = async ({ data }: { data: { data?: unknown } }) => new Response(JSON.stringify(data.data ?? {}))

/**
 * Listens to the admin (same origin only): hands the typed fields up, and renders the page again
 * from the server on every save (draft or publish). Loaded on its own, only in draft mode.
 */
export default function LivePreviewListener({ onData }: { onData: (data: LiveData) => void }) {
  const router = useRouter()
  const refresh = useCallback(() => router.refresh(), [router])
  const origin = window.location.origin
  const { data } = useLivePreview<Record<string, unknown>>({
    serverURL: origin,
    initialData: NO_DATA,
    depth: 0,
    requestHandler: formAsSent,
  })
  useEffect(() => onData(data === NO_DATA ? null : data), [data, onData])
  return <RefreshRouteOnSave serverURL={origin} refresh={refresh} />
}
