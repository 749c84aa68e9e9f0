'use client'

import { RefreshRouteOnSave, useLivePreview } from '@payloadcms/live-preview-react'
import { useRouter } from 'next/navigation'
import { createContext, type ReactNode, useCallback, useContext, useEffect, useState } from 'react'

type LiveData = Record<string, unknown> | null

const LiveDataContext = createContext<LiveData>(null)

/** The fields of the document being edited, as the editor types them; null outside the admin's preview. */
export const useLiveData = (): LiveData => useContext(LiveDataContext)

const NO_DATA: Record<string, unknown> = {}

/**
 * The form as it stands, straight from the admin's message: no request to the API to fill in
 * relations. Only plain fields (title, summary) are shown live; everything else comes from the
 * server on the next save.
 */
const formAsSent = async ({ data }: { data: { data?: unknown } }) => new Response(JSON.stringify(data.data ?? {}))

function Listening({ origin, children }: { origin: string; children: ReactNode }) {
  const router = useRouter()
  const refresh = useCallback(() => router.refresh(), [router])
  const { data } = useLivePreview<Record<string, unknown>>({
    serverURL: origin,
    initialData: NO_DATA,
    depth: 0,
    requestHandler: formAsSent,
  })
  return (
    <LiveDataContext.Provider value={data === NO_DATA ? null : data}>
      {/* On every save (draft or publish) the page is rendered again from the server. */}
      <RefreshRouteOnSave serverURL={origin} refresh={refresh} />
      {children}
    </LiveDataContext.Provider>
  )
}

/**
 * The live preview inside the admin: rendered only in draft mode, which only a signed-in editor
 * can switch on (app/(frontend)/preview), so visitors never load this code. The admin runs on the
 * same origin as the site (the CSP's frame-ancestors 'self' allows its iframe), so messages are
 * accepted from this origin only.
 */
export function LivePreview({ children }: { children: ReactNode }) {
  const [origin, setOrigin] = useState<string | null>(null)
  useEffect(() => setOrigin(window.location.origin), [])
  return origin ? <Listening origin={origin}>{children}</Listening> : <>{children}</>
}
