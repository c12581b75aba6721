/**
 * Which request bodies may reach Payload's REST and GraphQL handlers. Pure, so the rules are
 * unit-tested; src/app/(payload)/api/guardBody.ts applies them to real requests.
 */
import { bodyProblem } from './bodyGuard'
import { MAX_JSON_BYTES } from './bodyLimit'
import { queryProblem } from './queryGuard'

export type BodyRefusal = { status: 400 | 413 | 415; message: string }

export type BodyRequest = {
  method: string
  /** The Content-Type header, or '' when absent. */
  contentType: string
  /** `X-Payload-HTTP-Method-Override` or `X-HTTP-Method-Override`, or null when absent. */
  methodOverride: string | null
  text: string
  graphql?: boolean
}

const FORM = 'application/x-www-form-urlencoded'
const mediaType = (contentType: string) => contentType.split(';')[0]!.trim().toLowerCase()

/**
 * Payload's admin loads relationship options and labels with `POST` + `X-Payload-HTTP-Method-Override:
 * GET` and the query as a form-encoded body (a GET whose query outgrew the URL); Payload turns it
 * back into that GET. Such a body is a query string and is checked as one, like any GET's.
 */
export function isQueryAsBody({ method, methodOverride, graphql }: Pick<BodyRequest, 'method' | 'methodOverride' | 'graphql'>): boolean {
  return !graphql && method.toUpperCase() === 'POST' && methodOverride?.toUpperCase() === 'GET'
}

export function requestBodyRefusal(request: BodyRequest): BodyRefusal | null {
  const { contentType, text } = request
  if (text.trim() === '') return null
  if (text.length > MAX_JSON_BYTES)
    return { status: 413, message: 'بدنه درخواست بیش از ۲ مگابایت است. / The request body is larger than 2 MB.' }
  const type = mediaType(contentType)
  if (isQueryAsBody(request) && type === FORM) {
    const problem = queryProblem(text, { maxLength: MAX_JSON_BYTES })
    return problem ? { status: 400, message: problem } : null
  }
  // Payload reads only JSON and multipart bodies; any other body would reach it as no data at all.
  if (type !== 'application/json') {
    return {
      status: 415,
      message: 'بدنه باید JSON یا multipart/form-data باشد. / Send the body as application/json or multipart/form-data.',
    }
  }
  const problem = bodyProblem(text, request.graphql === true)
  return problem ? { status: 400, message: problem } : null
}

/**
 * The `_payload` field of a multipart body (an upload's data, or any write sent as a form: Payload
 * reads the document from it as JSON) gets the same checks as a JSON body. `null` when the form
 * has no such field.
 */
export function multipartDataRefusal(data: string | null): BodyRefusal | null {
  if (data === null) return null
  if (data.length > MAX_JSON_BYTES)
    return { status: 413, message: "داده‌های فرم بیش از ۲ مگابایت است. / The form's _payload is larger than 2 MB." }
  const problem = bodyProblem(data, false)
  return problem ? { status: 400, message: `_payload: ${problem}` } : null
}
