import { api, login, type Session } from './api'

/**
 * Talking to the running portal as each demo role, for the access tests: the same calls the admin
 * and the public site make, over HTTP with a real login (the token in the Authorization header).
 */

export type Doc = Record<string, unknown> & { id: number | string }

export const DEMO_ACCOUNTS = {
  admin: 'beheer@example.org',
  redacteur: 'redactie@example.org',
  redacteur2: 'redactie-tweede@example.org',
  regioredacteur: 'regio-achterhoek@example.org',
  regioredacteur2: 'regio-rivierenland@example.org',
  trainer: 'opleider-gi@example.org',
  trainer2: 'opleider-veiligheid@example.org',
  werver: 'werving-jbg@example.org',
  werver2: 'werving-vtgm@example.org',
  professional: 'professional@example.org',
} as const

export type DemoAccount = keyof typeof DEMO_ACCOUNTS

export type Http = {
  baseUrl: string
  sessions: Record<DemoAccount, Session>
  /** The account ids, from /api/users/me. */
  ids: Record<DemoAccount, number | string>
}

export async function connect(baseUrl: string, password: string): Promise<Http> {
  const sessions = {} as Http['sessions']
  const ids = {} as Http['ids']
  for (const [key, email] of Object.entries(DEMO_ACCOUNTS) as [DemoAccount, string][]) {
    sessions[key] = await login(baseUrl, email, password)
    const me = await api<{ user: Doc | null }>(baseUrl, '/api/users/me', { session: sessions[key] })
    if (!me.data.user) throw new Error(`no account behind ${email}`)
    ids[key] = me.data.user.id
  }
  return { baseUrl, sessions, ids }
}

export const query = (params: Record<string, string | number | boolean | undefined>) =>
  Object.entries(params)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&')

/** A refusal as the REST API gives it: not logged in, not allowed, or not found for this reader. */
export const isRefusal = (status: number) => status === 401 || status === 403 || status === 404

export async function bySlug(http: Http, collection: string, slug: string): Promise<Doc> {
  const { data } = await api<{ docs: Doc[] }>(http.baseUrl, `/api/${collection}?${query({ 'where[slug][equals]': slug, depth: 0, limit: 1 })}`)
  const doc = data.docs?.[0]
  if (!doc) throw new Error(`no published ${collection} "${slug}"`)
  return doc
}

/** 1×1 transparent PNG, for an upload. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

/** An upload as the admin sends it: the file and the other fields as `_payload`. */
export async function upload(http: Http, session: Session | undefined, data: Record<string, unknown>): Promise<{ status: number; data: { doc?: Doc } }> {
  const form = new FormData()
  form.append('file', new Blob([PNG], { type: 'image/png' }), `pixel-${Date.now()}.png`)
  form.append('_payload', JSON.stringify(data))
  const response = await fetch(`${http.baseUrl}/api/media`, {
    method: 'POST',
    headers: session ? { Authorization: `JWT ${session.token}` } : {},
    body: form,
  })
  const text = await response.text()
  try {
    return { status: response.status, data: JSON.parse(text) }
  } catch {
    return { status: response.status, data: {} }
  }
}
