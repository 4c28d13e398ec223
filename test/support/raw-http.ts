import { createServer, type RequestListener, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';

/** A response read off the socket: status, headers (lower-case names, repeated ones joined with ", ") and the body bytes. */
export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  text: string;
  json(): any;
}

/**
 * An HTTP/1.1 request exactly as written: the lines are joined with CRLF, a blank line ends the
 * head, the body follows unchanged. `{host}` stands for the server's host:port. Nothing is added:
 * the caller writes every header the client sends (Host, Content-Length, Transfer-Encoding).
 */
export function http11(lines: string[], body: string | Buffer = ''): (host: string) => Buffer {
  return (host) => Buffer.concat([Buffer.from(`${lines.map((line) => line.replaceAll('{host}', host)).join('\r\n')}\r\n\r\n`, 'latin1'), Buffer.from(body)]);
}

function parse(bytes: Buffer): RawResponse | undefined {
  const end = bytes.indexOf('\r\n\r\n');
  if (end === -1) return undefined;
  // an interim answer (100 Continue to a client that sent Expect: 100-continue) comes first
  if (/^HTTP\/1\.[01] 1\d\d /.test(bytes.subarray(0, 13).toString('latin1'))) return parse(bytes.subarray(end + 4));
  const [statusLine, ...headerLines] = bytes.subarray(0, end).toString('latin1').split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of headerLines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  const status = Number(statusLine!.split(' ')[1]);
  const length = Number(headers['content-length'] ?? 0);
  const body = bytes.subarray(end + 4);
  if (body.length < length) return undefined;
  const exact = body.subarray(0, length);
  return { status, headers, body: exact, text: exact.toString('utf8'), json: () => JSON.parse(exact.toString('utf8')) };
}

/** Writes the bytes to the server (a base URL such as a simulator's, or a request listener served on port 0) and reads one response. */
export async function rawRequest(target: string | RequestListener, request: (host: string) => Buffer): Promise<RawResponse> {
  let server: Server | undefined;
  let port: number;
  if (typeof target === 'string') {
    port = Number(new URL(target).port);
  } else {
    server = createServer(target);
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  }
  try {
    return await new Promise<RawResponse>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => socket.write(request(`127.0.0.1:${port}`)));
      let received = Buffer.alloc(0);
      socket.on('data', (chunk) => {
        received = Buffer.concat([received, chunk]);
        const response = parse(received);
        if (response) {
          socket.destroy();
          resolve(response);
        }
      });
      socket.on('error', reject);
      socket.on('close', () => reject(new Error(`the connection closed before a whole response arrived: ${JSON.stringify(received.toString('latin1'))}`)));
    });
  } finally {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}
