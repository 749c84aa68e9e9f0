import { APIError } from 'payload'

import { ERROR_STATUS, PORTAL_ERROR_BRAND, type PortalError } from '../errors'

/**
 * A refused document upload: 400 with a Dutch message that the API and the admin show as it is.
 * The name is set by hand: in the production build class names are minified, and Payload's error
 * formatter only passes the message on for an error that has a name (see STACK-NOTES). It is also
 * a portal error by its brand (src/errors).
 */
export class DocumentUploadError extends APIError implements PortalError {
  readonly [PORTAL_ERROR_BRAND] = true as const
  readonly code = 'upload-refused' as const
  readonly httpStatus = ERROR_STATUS['upload-refused']
  readonly errors = []
  constructor(message: string) {
    super(message, 400, null, true)
    this.name = 'DocumentUploadError'
  }
  toJSON() {
    return { code: this.code, message: this.message, errors: this.errors }
  }
}
