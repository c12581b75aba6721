import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

import { guardBody } from '../guardBody'

/** Payload's REST API: every collection, auth and custom endpoint under /api. */
export const GET = REST_GET(config)
export const POST = guardBody(REST_POST(config))
export const PATCH = guardBody(REST_PATCH(config))
export const PUT = guardBody(REST_PUT(config))
export const DELETE = guardBody(REST_DELETE(config))
export const OPTIONS = REST_OPTIONS(config)
