import type { Payload } from 'payload'

import type { SearchParams } from '../lib/finder'
import { isAlertError } from './errors'
import { ALERT_FINDERS, type AlertFinderName, normaliseView, viewParams } from './finders'

/** The sign-up page's words per finder. */
export const SIGNUP_TEXT: Record<AlertFinderName, { heading: string; listLabel: string; listPath: string; immediately: string }> = {
  vacatures: { heading: 'E-mail bij nieuwe vacatures', listLabel: 'Vacatures', listPath: '/vacatures', immediately: 'Direct bij elke nieuwe vacature' },
  scholing: { heading: 'E-mail bij nieuwe trainingen en sessies', listLabel: 'Scholing', listPath: '/scholing', immediately: 'Direct bij elke nieuwe training of sessie' },
  werkwijzen: { heading: 'E-mail bij nieuwe en gewijzigde werkwijzen', listLabel: 'Werkwijzen', listPath: '/werkwijzen', immediately: 'Direct bij elke nieuwe of gewijzigde werkwijze' },
}

/** The finder named by the sign-up address (`?lijst=scholing`); vacancies when none or unknown. */
export function finderOf(params: SearchParams): AlertFinderName {
  const lijst = Array.isArray(params.lijst) ? params.lijst[0] : params.lijst
  return (ALERT_FINDERS as readonly string[]).includes(lijst ?? '') ? (lijst as AlertFinderName) : 'vacatures'
}

/** A finder view's filters from URL or form parameters: only the finder's own parameters, bounded. */
export function viewInput(finder: AlertFinderName, get: (param: string) => string[]): Record<string, string[] | string> {
  const input: Record<string, string[] | string> = {}
  for (const param of viewParams(finder)) {
    const values = get(param).filter(Boolean).slice(0, 20)
    if (values.length === 0) continue
    input[param] = param === 'q' ? (values[0] as string) : values
  }
  return input
}

/** What the sign-up page shows: the name of the view the visitor is about to follow, or why it cannot be. */
export async function describeSignup(
  payload: Payload,
  params: SearchParams,
): Promise<{ finder: AlertFinderName; title: string; hidden: [string, string][] } | { finder: AlertFinderName; error: string }> {
  const finder = finderOf(params)
  const input = viewInput(finder, (param) => {
    const value = params[param]
    return Array.isArray(value) ? value : value ? [value] : []
  })
  try {
    const view = await normaliseView(payload, finder, input)
    return { finder, title: view.title, hidden: view.hidden }
  } catch (error) {
    if (isAlertError(error)) return { finder, error: error.message }
    throw error
  }
}
