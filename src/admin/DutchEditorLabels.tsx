'use client'

import { type ReactNode, useEffect } from 'react'

/**
 * Payload's rich-text editor writes two English aria-labels into its block handles, outside its
 * translations ("Add block", "Drag to move" in @payloadcms/richtext-lexical's handle plugins).
 * Screen-reader users in a Dutch admin hear Dutch: this provider renames them as they appear.
 * Remove it when Payload translates them (search its dist for the two strings).
 */
const LABELS: Record<string, string> = {
  'Add block': 'Blok toevoegen',
  'Drag to move': 'Slepen om te verplaatsen',
}

function rename(root: ParentNode) {
  for (const [english, dutch] of Object.entries(LABELS)) {
    root.querySelectorAll(`[aria-label="${english}"]`).forEach((element) => {
      element.setAttribute('aria-label', dutch)
      if (element.getAttribute('title') === english) element.setAttribute('title', dutch)
    })
  }
}

export default function DutchEditorLabels({ children }: { children?: ReactNode }) {
  useEffect(() => {
    rename(document)
    const observer = new MutationObserver(() => rename(document))
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] })
    return () => observer.disconnect()
  }, [])
  return <>{children}</>
}
