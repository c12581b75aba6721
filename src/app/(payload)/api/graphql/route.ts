import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardBody } from '../guardBody'

export const POST = guardBody(GRAPHQL_POST(config), { graphql: true })
export const OPTIONS = REST_OPTIONS(config)
