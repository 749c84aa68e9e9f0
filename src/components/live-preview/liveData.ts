'use client'

import { createContext, useContext } from 'react'

export type LiveData = Record<string, unknown> | null

/** The fields of the document being edited, as the editor types them; null outside the admin's preview. */
export const LiveDataContext = createContext<LiveData>(null)

export const useLiveData = (): LiveData => useContext(LiveDataContext)
