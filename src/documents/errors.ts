import { portalApiErrorClass } from '../errors/api'

/** A refused document upload: 400 with a Dutch message that the API and the admin show as it is. */
export const DocumentUploadError = portalApiErrorClass('upload-refused', 'DocumentUploadError')
