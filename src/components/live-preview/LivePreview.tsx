'use client'

import dynamic from 'next/dynamic'
import { type ReactNode, useState } from 'react'

import { type LiveData, LiveDataContext } from './liveData'

// A chunk of its own, fetched only when this renders: the live-preview library never reaches a
// visitor's browser, only this small wrapper does.
const LivePreviewListener = dynamic(() => import('./LivePreviewListener'), { ssr: false })

/**
 * The live preview inside the admin: rendered only in draft mode, which only a signed-in editor
 * can switch on (app/(frontend)/preview). The admin runs on the same origin as the site (the
 * CSP's frame-ancestors 'self' allows its iframe), so messages are accepted from this origin only.
 */
export function LivePreview({ children }: { children: ReactNode }) {
  const [data, setData] = useState<LiveData>(null)
  return (
    <LiveDataContext.Provider value={data}>
      <LivePreviewListener onData={setData} />
      {children}
    </LiveDataContext.Provider>
  )
}
