import type { Bench } from './bench.js';
import { startNginx, startRawHttp } from './servers.js';

/**
 * wrk against servers that cost almost nothing per request, with the same script shapes the
 * targets use: if these run several times faster than any target, wrk is not what limits the
 * targets' numbers.
 */

/** nginx (or node:http when nginx is missing) serving `bytes` as a static file, same headers. */
export async function fixedCeiling(bench: Bench, size: 'small' | 'large', bytes: string, headers: Record<string, string>): Promise<string> {
  const key = `ceiling:fixed-${size}`;
  return bench.shared(key, async () => {
    if (bench.nginx) {
      const nginx = bench.track(await startNginx(bench.nginx, bytes));
      return bench.addLoad({ key, label: `wrk ceiling: nginx static file (${bytes.length} B)`, server: nginx, request: { kind: 'fixed', method: 'GET', path: nginx.path, headers } });
    }
    const raw = bench.track(await startRawHttp(`node-http-${size}`, bytes, bench.tmp));
    return bench.addLoad({ key, label: `wrk ceiling: node:http constant bytes (${bytes.length} B)`, server: raw, request: { kind: 'fixed', method: 'GET', path: '/', headers } });
  });
}

/** node:http constant bytes, a fixed GET: the fastest a Node server answers (for reference beside bare Express). */
export async function rawNodeLoad(bench: Bench, bytes: string, headers: Record<string, string>): Promise<string> {
  return bench.shared('raw-node:fixed', async () => {
    const raw = bench.track(await startRawHttp('node-http-fixed', bytes, bench.tmp));
    return bench.addLoad({ key: 'raw-node:fixed', label: `node:http constant bytes (${bytes.length} B)`, server: raw, request: { kind: 'fixed', method: 'GET', path: '/', headers } });
  });
}

/** node:http answering every POST of the create-user script (nginx cannot answer POST to a file). */
export async function postCeiling(bench: Bench, bytes: string, headers: Record<string, string>): Promise<string> {
  return bench.shared('ceiling:post-users', async () => {
    const raw = bench.track(await startRawHttp('node-http-post', bytes, bench.tmp));
    return bench.addLoad({
      key: 'ceiling:post-users',
      label: 'wrk ceiling: node:http, POST /users script',
      server: raw,
      request: { kind: 'post-users', path: '/users', headers, tenantPrefix: 'ceiling-', tenants: 1000, tag: 'ceiling' },
    });
  });
}

/** node:http answering the round-robin tenants script (same file of client ids and paths). */
export async function tenantsCeiling(bench: Bench, bytes: string, headers: Record<string, string>, requestsFile: string, tenants: number): Promise<string> {
  return bench.shared('ceiling:tenants', async () => {
    const raw = bench.track(await startRawHttp('node-http-tenants', bytes, bench.tmp));
    return bench.addLoad({
      key: 'ceiling:tenants',
      label: `wrk ceiling: node:http, ${tenants.toLocaleString('en-US')}-tenant script`,
      server: raw,
      request: { kind: 'tenants', headers, requestsFile },
    });
  });
}
