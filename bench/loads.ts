import type { Bench } from './bench.js';
import type { Server } from './servers.js';

/** The Atrium headers of a GET (no body, so no Content-Type). */
export function getHeaders(clientId: string): Record<string, string> {
  return { 'MX-API-Key': 'bench', 'MX-Client-ID': clientId, Accept: 'application/vnd.mx.atrium.v1+json' };
}

/** A fixed GET load. */
export function getLoad(bench: Bench, key: string, label: string, server: Server, path: string, clientId = 'bench'): string {
  return bench.addLoad({ key, label, server, request: { kind: 'fixed', method: 'GET', path, headers: getHeaders(clientId) } });
}
