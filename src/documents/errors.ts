import { APIError } from 'payload'

/**
 * A refused document upload: 400 with a Dutch message that the API and the admin show as it is.
 * The name is set by hand: in the production build class names are minified, and Payload's error
 * formatter only passes the message on for an error that has a name (see STACK-NOTES).
 */
export class DocumentUploadError extends APIError {
  constructor(message: string) {
    super(message, 400, null, true)
    this.name = 'DocumentUploadError'
  }
}
