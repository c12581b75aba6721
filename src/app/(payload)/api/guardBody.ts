import { bodyProblem } from '@/edge/bodyGuard'
import { MAX_JSON_BYTES } from '@/edge/bodyLimit'

type Handler<C> = (request: Request, context: C) => Promise<Response>

/**
 * Wraps a Payload route handler: a JSON body that is malformed, oversized, not an object, holds
 * NUL characters or prototype keys is answered with a 400/413 before Payload reads it. The
 * original request goes on untouched; only a clone is read.
 */
export function guardBody<C>(handler: Handler<C>, options: { graphql?: boolean } = {}): Handler<C> {
  return async (request, context) => {
    const type = request.headers.get('content-type') ?? ''
    if (request.body && !type.startsWith('multipart/form-data')) {
      const text = await request.clone().text()
      // Payload reads only JSON and multipart bodies; any other body would reach it as no data at all.
      if (text.trim() !== '' && !type.startsWith('application/json')) {
        return refuse(415, 'بدنه باید JSON یا multipart/form-data باشد. / Send the body as application/json or multipart/form-data.')
      }
      if (text.length > MAX_JSON_BYTES) return refuse(413, 'بدنه درخواست بیش از ۲ مگابایت است. / The request body is larger than 2 MB.')
      const problem = bodyProblem(text, options.graphql === true)
      if (problem) return refuse(400, problem)
    }
    return handler(request, context)
  }
}

function refuse(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}
