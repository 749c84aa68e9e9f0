import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { Redirect } from '../../../payload-types'
import { refuseField } from '../../../src/errors/refuseField'
import { normaliseRedirectPath, normaliseRedirectTarget } from '../../../src/redirects/paths'
import { copyTo, currentTarget, type RedirectTo } from '../../../src/redirects/target'

/** How far a chain is followed before it is called a loop; collapsed chains are one step long. */
const MAX_HOPS = 10

export const FROM_MESSAGE =
  'Vul het oude adres in als pad van deze site, beginnend met /, bijvoorbeeld /privacy. Adressen onder /admin, /api en /_next kunnen niet.'
export const URL_MESSAGE = 'Vul een adres van deze site in (beginnend met /) of een volledig webadres (https://…).'
export const LOOP_MESSAGE = (from: string) =>
  `Deze doorverwijzing maakt een kring: het nieuwe adres leidt terug naar ${from}. Kies een ander doel.`

async function redirectFrom(req: PayloadRequest, path: string, except: unknown) {
  const { docs } = await req.payload.find({
    collection: 'redirects',
    where: { and: [{ from: { equals: path } }, ...(except !== undefined ? [{ id: { not_equals: except } }] : [])] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  return docs[0] ?? null
}

/**
 * Keeps redirects one step long and free of loops: the old address is stored in its one form
 * (src/redirects/paths.ts); a target that is itself redirected is replaced by where that one
 * leads (A→B with B→C stored becomes A→C); a target that leads back to the old address is refused.
 */
export const checkRedirect: CollectionBeforeChangeHook<Redirect> = async ({ data, originalDoc, req }) => {
  const from = normaliseRedirectPath(data.from ?? originalDoc?.from)
  if (!from) return refuseField('redirects', req, 'from', FROM_MESSAGE)
  let to: RedirectTo = copyTo((data.to ?? originalDoc?.to) as RedirectTo | undefined)
  if (to.type === 'custom') {
    const url = normaliseRedirectTarget(to.url)
    if (!url) return refuseField('redirects', req, 'to.url', URL_MESSAGE)
    to = { type: 'custom', url }
  }
  for (let hop = 0; ; hop++) {
    const target = await currentTarget(req, to)
    if (target === from) return refuseField('redirects', req, to.type === 'custom' ? 'to.url' : 'to.reference', LOOP_MESSAGE(from))
    if (!target || !target.startsWith('/') || to.type !== 'custom') break
    const next = await redirectFrom(req, target, originalDoc?.id)
    if (!next) break
    if (hop >= MAX_HOPS) return refuseField('redirects', req, 'to.url', LOOP_MESSAGE(from))
    to = copyTo(next.to as RedirectTo)
  }
  return { ...data, from, to: to as Redirect['to'] }
}
