import type { Duplex } from 'node:stream';
import type { ErrorBody } from './error-handler.js';
import { ERROR_STATUS, type ErrorCode } from '../shared/errors.js';

/** Node's own answers to requests it cannot parse (the app never sees them), in the API's error shape. */
const BELOW_THE_APP: Record<string, { code: ErrorCode; reason: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    code: 'HEADERS_TOO_LARGE',
    reason: 'Request Header Fields Too Large',
    message: 'The request headers are too large.',
  },
  ERR_HTTP_REQUEST_TIMEOUT: {
    code: 'REQUEST_TIMEOUT',
    reason: 'Request Timeout',
    message: 'The request took too long to arrive.',
  },
};
const MALFORMED = {
  code: 'BAD_REQUEST',
  reason: 'Bad Request',
  message: 'The request is not valid HTTP.',
} as const;

/**
 * Answers requests Node refuses before routing (oversized headers, malformed HTTP, timeouts) with
 * the same JSON error every other answer has, instead of Node's empty body.
 */
export function answerClientErrorsAsJson(server: NodeJS.EventEmitter) {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const answer = BELOW_THE_APP[error.code ?? ''] ?? MALFORMED;
    const body = JSON.stringify({
      error: { code: answer.code, message: answer.message },
    } satisfies ErrorBody);
    socket.end(
      `HTTP/1.1 ${ERROR_STATUS[answer.code]} ${answer.reason}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
