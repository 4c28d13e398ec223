import type { ServerResponse } from 'node:http';

/** Pieces of JSON are gathered up to this size before a write: few syscalls, bounded memory. */
const CHUNK_BYTES = 64 * 1024;

/**
 * The JSON text of `value` in pieces: objects and arrays down to `depth` levels are opened and
 * their members stringified one by one, deeper values whole. Joined, the pieces equal
 * JSON.stringify(value); no piece is larger than the largest value at `depth`.
 */
export function* jsonPieces(value: unknown, depth: number): Generator<string> {
  const json = (value as { toJSON?: unknown } | null)?.toJSON;
  if (depth <= 0 || value === null || typeof value !== 'object' || typeof json === 'function') {
    yield JSON.stringify(value) ?? 'null';
    return;
  }
  if (Array.isArray(value)) {
    yield '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) yield ',';
      const item = value[i];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') yield 'null';
      else yield* jsonPieces(item, depth - 1);
    }
    yield ']';
    return;
  }
  yield '{';
  let first = true;
  for (const [key, member] of Object.entries(value)) {
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:`;
    first = false;
    yield* jsonPieces(member, depth - 1);
  }
  yield '}';
}

/**
 * Writes JSON pieces as a chunked body, waiting for the socket to drain when its buffer is full,
 * so a large snapshot never exists as one string and a slow reader holds little memory. Stops
 * when the client goes away; never rejects.
 */
export async function writeJsonPieces(res: ServerResponse, pieces: Iterable<string>, onError: (error: unknown) => void): Promise<void> {
  try {
    let pending = '';
    for (const piece of pieces) {
      pending += piece;
      if (pending.length < CHUNK_BYTES) continue;
      if (res.destroyed) return;
      const flushed = res.write(pending);
      pending = '';
      if (!flushed) await drained(res);
    }
    if (!res.destroyed) res.end(pending);
  } catch (error) {
    onError(error);
    res.destroy();
  }
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}
