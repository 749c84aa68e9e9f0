import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guardRest } from '@/api/guardRest'
import { limitRequests } from '@/api/limitRequests'
import { guardLogin } from '@/auth/guardLogin'

// guardRest: 4xx instead of 5xx for requests the client got wrong, and a request id on each log line.
// limitRequests: 429 per address on search, registrations, password resets and subscriptions.
export const GET = guardRest(limitRequests(REST_GET(config)), config)
// Logins: throttled per address and overall, one answer and one minimum time for every refusal.
export const POST = guardRest(limitRequests(guardLogin(REST_POST(config))), config)
export const DELETE = guardRest(REST_DELETE(config), config)
export const PATCH = guardRest(REST_PATCH(config), config)
export const PUT = guardRest(REST_PUT(config), config)
export const OPTIONS = guardRest(REST_OPTIONS(config), config)
