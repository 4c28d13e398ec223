import type { ErrorRequestHandler } from 'express';
import type { Logger } from 'pino';
import { errorReply, mockErrorReply } from './errors.js';
import { send } from './atrium-pipeline.js';

interface BodyParserError extends Error {
  type?: string;
  status?: number;
  limit?: number;
}

/** Turns body-parser failures into MX error bodies; anything else is the simulator's fault. */
export function createErrorHandler(logger: Logger, bodyLimit: string): ErrorRequestHandler {
  return (error: BodyParserError, _req, res, _next) => {
    switch (error.type) {
      case 'entity.parse.failed':
        return send(res, errorReply(400, `Malformed JSON in request body: ${error.message}.`));
      case 'entity.too.large':
        return send(res, errorReply(413, `Request body is larger than the ${bodyLimit} limit.`));
      case 'encoding.unsupported':
      case 'charset.unsupported':
        return send(res, errorReply(415, `Unsupported Media Type: ${error.message}.`));
      case 'request.aborted':
      case 'request.size.invalid':
        return send(res, errorReply(400, `Request body could not be read: ${error.message}.`));
      default:
        logger.error({ err: error }, 'unexpected error');
        return send(res, mockErrorReply(`The simulator failed: ${error.message}`));
    }
  };
}
