import type { TextField } from 'payload'

export type UrlRules = {
  /** Which schemes an absolute address may use. */
  schemes: readonly string[]
  /** Also a path on this site (`/bouwstenen`) or an anchor (`#kop`). */
  allowLocal: boolean
}

/** Links a visitor can follow safely: no javascript:, data:, file: or anything else a browser would run or open. */
export const LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const

export const URL_MESSAGES = {
  scheme: 'Dit adres mag niet: gebruik een link die begint met http://, https://, mailto: of tel:.',
  schemeOrLocal:
    'Dit adres mag niet: gebruik een link die begint met http://, https://, mailto: of tel:, of een pad op deze site dat begint met /.',
  web: 'Dit adres mag niet: gebruik een webadres dat begint met http:// of https://.',
  richText:
    'Een link in de tekst heeft een adres dat niet mag: gebruik http://, https://, mailto: of tel:, of een pad op deze site dat begint met /.',
} as const

/**
 * Whether a stored address may become a link. Browsers ignore tabs, newlines and leading spaces in
 * a scheme (`java\tscript:`), so those are refused before the scheme is read.
 */
export function isAllowedUrl(value: string, rules: UrlRules): boolean {
  if (/[\u0000-\u0020\u007f\\]/.test(value)) return false
  if (rules.allowLocal && ((value.startsWith('/') && !value.startsWith('//')) || value.startsWith('#'))) return true
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (!rules.schemes.includes(url.protocol)) return false
  // http(s) needs a host; `https:evil` or `https:/x` are not what an editor meant.
  if ((url.protocol === 'http:' || url.protocol === 'https:') && !/^https?:\/\/[^/]/i.test(value)) return false
  return true
}

/** A Payload validate function for a text field holding an address (it replaces Payload's own, required included). */
export function validateUrl(rules: UrlRules, message: string, required = false) {
  return (value: unknown): true | string => {
    if (value === null || value === undefined || value === '') return required ? 'Vul een adres in.' : true
    if (typeof value !== 'string') return message
    return isAllowedUrl(value.trim(), rules) ? true : message
  }
}

/** A text field for an address that becomes a link on the site. */
export function urlField(field: Omit<TextField, 'type' | 'validate'>, rules: UrlRules, message: string): TextField {
  return { ...field, type: 'text', validate: validateUrl(rules, message, Boolean(field.required)) } as TextField
}
