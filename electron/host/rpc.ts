import type { IncomingMessage, ServerResponse } from 'node:http';
import { isChannel } from '../../shared/contract.js';
import type { ApiError, Result } from '../../shared/result.js';
import type { Dispatch } from '../backend/dispatcher.js';
import { sendJson } from './headers.js';

export const RPC_PREFIX = '/rpc/';
/**
 * The contract allows an article body of 5,000,000 characters; in Urdu, Pashto or Dari that is
 * 2 bytes a character in UTF-8 (up to 3 elsewhere in the BMP), so 16 MiB lets every valid input through.
 */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

const failure = (code: ApiError['code'], message: string): Result<never> => ({ ok: false, error: { code, message } });

/** Beyond this, a refused upload is cut off instead of drained. */
const DRAIN_LIMIT_BYTES = 8 * MAX_BODY_BYTES;

class BodyTooLarge extends Error {}

/**
 * Reads the body up to `limit` bytes. Past the limit it rejects at once so the 413 goes out, but
 * keeps draining (up to a cap) rather than closing the socket: closing with unread data makes
 * TCP reset the connection, and the client may then never see the 413.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = false;
    const refuse = () => {
      refused = true;
      chunks.length = 0;
      reject(new BodyTooLarge());
    };
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) refuse();
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (refused) {
        if (size > DRAIN_LIMIT_BYTES) req.destroy();
        return;
      }
      if (size > limit) refuse();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      if (!refused) resolve(Buffer.concat(chunks));
    });
    req.on('error', (error) => {
      if (!refused) reject(error);
    });
  });
}

function isJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type'];
  return type !== undefined && type.split(';')[0]!.trim().toLowerCase() === 'application/json';
}

/**
 * `POST /rpc/<channel>` with a JSON body: the body is the channel's input and the answer is the
 * dispatcher's Result, whatever it says (200). Transport problems answer with a Result too, so
 * the renderer's HTTP client reads one shape.
 */
export async function handleRpc(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  dispatch: Dispatch,
): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, failure('invalid_input', 'Call channels with POST.'), { Allow: 'POST' });
    return;
  }
  // Requiring application/json also keeps plain HTML forms (which cannot send it) out.
  if (!isJson(req)) {
    sendJson(res, 415, failure('unsupported_format', 'Send the input as JSON (Content-Type: application/json).'));
    return;
  }
  let body: Buffer;
  try {
    body = await readBody(req, MAX_BODY_BYTES);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    sendJson(res, 413, failure('too_large', `The request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MiB.`));
    return;
  }
  let input: unknown;
  if (body.length > 0) {
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch {
      sendJson(res, 400, failure('invalid_input', 'The request body is not valid JSON.'));
      return;
    }
  }
  let channel: string;
  try {
    channel = decodeURIComponent(pathname.slice(RPC_PREFIX.length));
  } catch {
    channel = pathname.slice(RPC_PREFIX.length);
  }
  // The dispatcher words the refusal of an unknown channel; the status says "no such path".
  sendJson(res, isChannel(channel) ? 200 : 404, await dispatch(channel, input));
}
