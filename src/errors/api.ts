import { APIError } from 'payload'

import { ERROR_STATUS, type ErrorCode, PORTAL_ERROR_BRAND, type PortalError } from '.'

/**
 * A class of refusals that Payload's REST API and admin show as they are (a public APIError) and
 * that is a portal error by its brand. The name is set by hand: class names are minified in the
 * production build, and Payload's error formatter only passes the message on for an error that
 * has a name (see STACK-NOTES).
 */
export function portalApiErrorClass(code: ErrorCode, name: string) {
  return class extends APIError implements PortalError {
    readonly [PORTAL_ERROR_BRAND] = true as const
    readonly code = code
    readonly httpStatus = ERROR_STATUS[code]
    readonly errors = []
    constructor(message: string) {
      super(message, ERROR_STATUS[code], null, true)
      this.name = name
    }
    toJSON() {
      return { code: this.code, message: this.message, errors: this.errors }
    }
  }
}
