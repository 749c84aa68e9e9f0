import type { Access, Where } from 'payload'

/**
 * readVersions constraints run against the versions table, where a document's fields sit under
 * `version.` and its id is `parent`. Without this, an editor's scope rule would match nothing there.
 */
export function onVersions(where: Where): Where {
  const result: Where = {}
  for (const [key, value] of Object.entries(where)) {
    if ((key === 'and' || key === 'or') && Array.isArray(value)) {
      result[key] = (value as Where[]).map(onVersions)
    } else if (key === 'id') {
      result.parent = value as Where[string]
    } else {
      result[`version.${key}`] = value as Where[string]
    }
  }
  return result
}

/**
 * Version history holds every draft, so it is for the document's editors only. Payload leaves
 * readVersions open to any logged-in account when a collection does not set it: every draft
 * collection and global passes its editor rule through here.
 */
export const versionsFor =
  (editorAccess: Access): Access =>
  async (args) => {
    const result = await editorAccess(args)
    return typeof result === 'object' && result !== null ? onVersions(result) : Boolean(result)
  }
