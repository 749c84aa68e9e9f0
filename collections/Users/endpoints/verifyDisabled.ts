import type { Endpoint } from 'payload'

import { QUERY_MESSAGES } from '../../../src/api/queryErrors'

/**
 * Accounts are made by admins and not confirmed by mail (auth.verify is off), yet Payload still
 * routes POST /api/users/verify/:token, which then queries a token column that does not exist and
 * answers 500. A collection's own endpoints come before the built-in ones, so this answers first.
 */
export const verifyDisabledEndpoint: Endpoint = {
  path: '/verify/:token',
  method: 'post',
  handler: () =>
    Response.json(
      { errors: [{ message: QUERY_MESSAGES.verifyOff }] },
      { status: 404, headers: { 'Cache-Control': 'no-store' } },
    ),
}
