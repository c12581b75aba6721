import { multipartDataRefusal, requestBodyRefusal, type BodyRefusal } from '@/edge/requestBody'

type Handler<C> = (request: Request, context: C) => Promise<Response>

/**
 * Wraps a Payload route handler: a body that src/edge/requestBody.ts refuses (malformed or
 * oversized JSON, prototype keys, NUL characters, a bad query sent as a body, a type Payload
 * does not read) is answered with a 4xx before Payload reads it; so is a multipart body whose
 * `_payload` (the document's data, as JSON) is, or that is no readable form. The file itself is
 * checked by the upload guard. The original request goes on untouched; only a clone is read.
 */
export function guardBody<C>(handler: Handler<C>, options: { graphql?: boolean } = {}): Handler<C> {
  return async (request, context) => {
    const refusal = request.body ? await refusalOf(request, options) : null
    if (refusal) {
      return Response.json({ errors: [{ message: refusal.message }] }, { status: refusal.status, headers: { 'Cache-Control': 'no-store' } })
    }
    return handler(request, context)
  }
}

async function refusalOf(request: Request, options: { graphql?: boolean }): Promise<BodyRefusal | null> {
  const contentType = request.headers.get('content-type') ?? ''
  if (contentType.startsWith('multipart/form-data')) {
    const form = await request
      .clone()
      .formData()
      .catch(() => null)
    if (!form) return { status: 400, message: 'بدنه فرم خوانا نیست. / The multipart body could not be read.' }
    const data = form.get('_payload')
    return multipartDataRefusal(typeof data === 'string' ? data : data === null ? null : await data.text())
  }
  return requestBodyRefusal({
    method: request.method,
    contentType,
    methodOverride: request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override'),
    text: await request.clone().text(),
    graphql: options.graphql,
  })
}
