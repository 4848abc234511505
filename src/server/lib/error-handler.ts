// Every error answer is { code, message }. Bad input is always a 4xx with a code a device can act on; only a bug
// answers 500, and it is logged.
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from './errors';

interface ErrorAnswer {
  status: number;
  code: string;
  message: string;
}

/** Fastify's own 4xx errors (body parsing, size, media type) mapped to Heard's codes and plain messages. */
function fromFastify(error: FastifyError): ErrorAnswer | undefined {
  const status = error.statusCode;
  if (!status || status < 400 || status >= 500) return undefined;
  if (status === 403) return { status, code: 'forbidden', message: 'You are not allowed to do that.' };
  if (status === 413) return { status, code: 'too-large', message: 'That is too much to send at once.' };
  if (status === 415) {
    return { status, code: 'unsupported-media-type', message: 'Send the request as JSON (application/json).' };
  }
  if (status === 429) return { status, code: 'slow-down', message: 'Too many requests. Wait a minute and try again.' };
  if (error.code?.startsWith('FST_ERR_CTP') || error instanceof SyntaxError) {
    return { status: 400, code: 'invalid-json', message: 'The request body is not valid JSON.' };
  }
  return { status, code: 'bad-request', message: error.message || 'The request could not be understood.' };
}

export function toErrorAnswer(error: unknown): ErrorAnswer | undefined {
  if (error instanceof HttpError) return { status: error.status, code: error.code, message: error.message };
  if (error && typeof error === 'object' && 'statusCode' in error) return fromFastify(error as FastifyError);
  return undefined;
}

/**
 * Errors Fastify's router raises before any route runs (Fastify's `frameworkErrors` option): an address that cannot
 * be decoded, a path parameter longer than the router takes. Answered in Heard's words like every other refusal.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') {
    void reply.code(414).send({ code: 'address-too-long', message: 'That address is too long. Check the link and try again.' });
    return;
  }
  if (error.code === 'FST_ERR_BAD_URL') {
    void reply.code(400).send({ code: 'bad-address', message: 'That address could not be read. Check the link and try again.' });
    return;
  }
  const answer = fromFastify(error) ?? { status: 400, code: 'bad-request', message: 'The request could not be understood.' };
  void reply.code(answer.status).send({ code: answer.code, message: answer.message });
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error, request, reply) => {
    const answer = toErrorAnswer(error);
    if (answer) {
      if (answer.status === 429) request.log.info({ url: request.url }, 'rate limited');
      return reply.code(answer.status).send({ code: answer.code, message: answer.message });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ code: 'internal', message: 'Something went wrong on our side. Please try again later.' });
  });
}
