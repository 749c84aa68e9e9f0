import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphQL } from '@/graphql/guardRequest'

// Off unless GRAPHQL_ENABLED=true; when on, size, field and depth limits apply before Payload.
export const POST = guardGraphQL(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
