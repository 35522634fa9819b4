import type { IncomingMessage } from 'node:http';

/**
 * The most bytes read from one request. Bot Framework channels send one plain JSON activity: Teams caps a
 * message at about 28 KB of text, and the rest of an activity (an HTML copy of the text, entities, channel
 * data) adds a few times that. 256 KB leaves room for all of it and stops anything else before it is parsed.
 */
export const MAX_BODY_BYTES = 256 * 1024;

export type JsonBody =
  | { ok: true; value: unknown }
  | {
      ok: false;
      status: 400 | 413 | 415;
      error: string;
      /** Part of the body is still on the wire: answer and close rather than read the rest. */
      unread: boolean;
    };

/**
 * Reads a request's JSON body ourselves rather than through restify's body parser, which inflates gzip and
 * deflate bodies: restify 11.1.0 crashes the process on a body that is not what its Content-Encoding says
 * (restify/node-restify#1975), and a small gzip body can inflate to gigabytes. Channels never compress, so a
 * compressed body is refused before a byte of it is read.
 */
export async function readJsonBody(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<JsonBody> {
  const encoding = req.headers['content-encoding']?.trim().toLowerCase();
  if (encoding && encoding !== 'identity') return refuse(415, 'unsupported content encoding', true);
  if (!isJson(req.headers['content-type'])) return refuse(415, 'unsupported content type', true);
  if (Number(req.headers['content-length']) > maxBytes) return refuse(413, 'body too large', true);

  const bytes = await readAtMost(req, maxBytes);
  if (!bytes) return refuse(413, 'body too large', true);
  try {
    return { ok: true, value: JSON.parse(bytes.toString('utf8')) };
  } catch {
    return refuse(400, 'invalid JSON', false);
  }
}

function refuse(status: 400 | 413 | 415, error: string, unread: boolean): JsonBody {
  return { ok: false, status, error, unread };
}

/** `application/json`, with no charset or UTF-8 (JSON on the wire is UTF-8: RFC 8259 §8.1). */
function isJson(contentType: string | undefined): boolean {
  const [mediaType, ...parameters] = (contentType ?? '').toLowerCase().split(';');
  const charset = parameters.map((p) => p.trim()).find((p) => p.startsWith('charset='));
  return (
    mediaType?.trim() === 'application/json' &&
    (!charset || ['charset=utf-8', 'charset="utf-8"', 'charset=utf8'].includes(charset))
  );
}

/** The whole body, or undefined as soon as it passes `maxBytes` (reading stops there; nothing more is kept). */
function readAtMost(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        stop();
        req.pause();
        resolve(undefined);
      } else {
        chunks.push(chunk);
      }
    };
    const onEnd = () => {
      stop();
      resolve(Buffer.concat(chunks));
    };
    const onError = (error: Error) => {
      stop();
      reject(error);
    };
    const onClose = () => onError(new Error('the client closed the request before the body ended'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}
