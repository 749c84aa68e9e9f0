import type { CollectionBeforeOperationHook } from 'payload'

import { checkMediaUpload } from '../../../src/uploads/safeUpload'

type UploadedFile = { data?: Buffer; name?: string; mimetype?: string; size?: number }

/**
 * Every file is checked by its content before Payload stores it, and an image is stored as sharp
 * encoded it again (without metadata). SVG is refused.
 */
export const checkMediaFile: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file as UploadedFile | undefined
  if (!file) return args
  const checked = await checkMediaUpload(file.data, file.name ?? '')
  file.data = checked.data
  file.size = checked.data.byteLength
  file.mimetype = checked.mime
  return args
}
