/** Talking to the running portal over HTTP as a visitor or as a logged-in demo account. */

export type Session = { token: string; email: string }

/** Payload's login request, answered as it is (a refusal too); `headers` are sent along. */
export function postLogin(baseUrl: string, email: string, password: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ email, password }),
  })
}

export async function login(baseUrl: string, email: string, password: string): Promise<Session> {
  const response = await postLogin(baseUrl, email, password)
  if (!response.ok) throw new Error(`login as ${email} failed: ${response.status} ${await response.text()}`)
  const { token } = (await response.json()) as { token: string }
  return { token, email }
}

export async function api<T = unknown>(
  baseUrl: string,
  path: string,
  { session, method = 'GET', body }: { session?: Session; method?: string; body?: unknown } = {},
): Promise<{ status: number; data: T }> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(session ? { Authorization: `JWT ${session.token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let data: unknown = text
  try {
    data = JSON.parse(text)
  } catch {
    // not JSON (an HTML page or an empty body)
  }
  return { status: response.status, data: data as T }
}

/** The first published document of a collection, as an anonymous visitor gets it from REST. */
export async function firstPublished<T = { id: number; slug: string; title: string }>(
  baseUrl: string,
  collection: string,
  query = '',
): Promise<T> {
  const { status, data } = await api<{ docs: T[] }>(baseUrl, `/api/${collection}?limit=1&depth=0${query}`)
  if (status !== 200 || !data.docs?.length) throw new Error(`no published ${collection} found (${status})`)
  return data.docs[0]
}

export type OpenSession = { id: number; training: number; capacity: number; confirmedCount?: number }

/** Sessions open for registration now, as an anonymous visitor gets them from REST. */
export async function openSessions(baseUrl: string): Promise<OpenSession[]> {
  const now = new Date().toISOString()
  const query = new URLSearchParams({
    'where[registrationOpensAt][less_than_equal]': now,
    'where[registrationClosesAt][greater_than]': now,
    'where[status][equals]': 'scheduled',
    limit: '50',
    depth: '0',
  })
  const { data } = await api<{ docs: OpenSession[] }>(baseUrl, `/api/training-sessions?${query}`)
  return data.docs ?? []
}
