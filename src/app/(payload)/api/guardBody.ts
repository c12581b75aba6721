import { requestBodyRefusal } from '@/edge/requestBody'

type Handler<C> = (request: Request, context: C) => Promise<Response>

/**
 * Wraps a Payload route handler: a body that src/edge/requestBody.ts refuses (malformed or
 * oversized JSON, prototype keys, NUL characters, a bad query sent as a body, a type Payload
 * does not read) is answered with a 4xx before Payload reads it. Multipart uploads are checked
 * by the upload guard. The original request goes on untouched; only a clone is read.
 */
export function guardBody<C>(handler: Handler<C>, options: { graphql?: boolean } = {}): Handler<C> {
  return async (request, context) => {
    const contentType = request.headers.get('content-type') ?? ''
    if (request.body && !contentType.startsWith('multipart/form-data')) {
      const refusal = requestBodyRefusal({
        method: request.method,
        contentType,
        methodOverride: request.headers.get('x-payload-http-method-override') ?? request.headers.get('x-http-method-override'),
        text: await request.clone().text(),
        graphql: options.graphql,
      })
      if (refusal) {
        return Response.json(
          { errors: [{ message: refusal.message }] },
          { status: refusal.status, headers: { 'Cache-Control': 'no-store' } },
        )
      }
    }
    return handler(request, context)
  }
}
