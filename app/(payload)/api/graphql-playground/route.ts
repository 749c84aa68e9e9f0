import config from '@payload-config'
import '@payloadcms/next/css'
import { GRAPHQL_PLAYGROUND_GET } from '@payloadcms/next/routes'

import { graphQLDisabledResponse } from '@/graphql/guardRequest'
import { graphQLEnabled } from '@/graphql/settings'

const playground = GRAPHQL_PLAYGROUND_GET(config)

/** The playground only in development, and only when GraphQL is on (Payload shows it in development even when GraphQL is off). */
export async function GET(request: Request): Promise<Response> {
  if (!graphQLEnabled() || process.env.NODE_ENV === 'production') return graphQLDisabledResponse()
  return playground(request)
}
