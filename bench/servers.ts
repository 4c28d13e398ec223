import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
export const PROCESSES_DIR = join(import.meta.dirname, 'processes');

/** A server in its own process, on 127.0.0.1. */
export interface Server {
  name: string;
  origin: string;
  port: number;
  pid: number;
  /** The last of what the process wrote to stdout and stderr (its logs, a stack trace), for error messages. */
  stderr(): string;
  /** True once the process has exited. */
  exited(): boolean;
  /** Signals the process and waits for it to exit (SIGKILL after `killAfterMs`). */
  stop(signal?: NodeJS.Signals, killAfterMs?: number): Promise<number | null>;
}

const running = new Set<ChildProcess>();

/** Ends every process the bench started (by its own pid), on any way out. */
export function stopAllOnExit(): void {
  const stopAll = () => {
    for (const child of running) child.kill('SIGKILL');
  };
  process.once('exit', stopAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stopAll();
      process.exit(130);
    });
  }
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => probe.once('error', reject).listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `url` until it answers `status`; resolves with the seconds since `since`, rejects when the process exits or time runs out. */
export async function waitForAnswer(
  url: string,
  server: Pick<Server, 'exited' | 'stderr' | 'name'>,
  options: { status?: number; timeoutMs?: number; since?: bigint; headers?: Record<string, string>; intervalMs?: number } = {},
): Promise<number> {
  const since = options.since ?? process.hrtime.bigint();
  const deadline = Date.now() + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (server.exited()) throw new ServerExitedError(server.name, server.stderr());
    try {
      const response = await fetch(url, { headers: options.headers ?? {}, signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === (options.status ?? 200)) return Number(process.hrtime.bigint() - since) / 1e9;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${server.name} did not answer ${url} within ${options.timeoutMs ?? 30_000} ms.\n${server.stderr()}`);
    await sleep(options.intervalMs ?? 5);
  }
}

export class ServerExitedError extends Error {
  constructor(
    readonly server: string,
    readonly output: string,
  ) {
    super(`${server} exited before it answered:\n${output}`);
  }
}

/** Spawns a server process; it must listen on `port`. */
export function spawnServer(name: string, command: string, args: string[], port: number, options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Server {
  const child = spawn(command, args, { cwd: options.cwd ?? ROOT, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let stderr = '';
  let exited = false;
  const keep = (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-20_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exit = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      exited = true;
      running.delete(child);
      resolve(code);
    }),
  );
  child.once('error', (error) => {
    stderr += String(error);
  });
  return {
    name,
    port,
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stderr: () => stderr.trim(),
    exited: () => exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM', killAfterMs = 30_000) {
      if (!exited) child.kill(signal);
      const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      const code = await exit;
      clearTimeout(timer);
      return code;
    },
  };
}

/** The simulator as users run it: the CLI, compiled, in its own process. */
export async function startSimulator(name: string, flags: string[] = [], options: { port?: number; timeoutMs?: number } = {}): Promise<Server & { startS: number }> {
  const port = options.port ?? (await freePort());
  const since = process.hrtime.bigint();
  const server = spawnServer(name, process.execPath, ['dist/main.cjs', 'start', '--port', String(port), '--host', '127.0.0.1', '--log-level', 'silent', ...flags], port);
  const startS = await waitForAnswer(`${server.origin}/__mock/health`, server, { since, timeoutMs: options.timeoutMs ?? 120_000 });
  return { ...server, startS };
}

/** Bare Express answering `body` with `status` on `method path`. */
export async function startBareExpress(name: string, response: { method: string; path: string; status: number; body: unknown }, dir: string): Promise<Server> {
  const port = await freePort();
  const file = join(dir, `${name.replace(/\W+/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ ...response, method: response.method.toLowerCase() }));
  const server = spawnServer(name, process.execPath, [join(PROCESSES_DIR, 'bare-express.mjs'), String(port), file], port);
  await waitForAnswer(`${server.origin}/__bench_not_a_route`, server, { status: 404 });
  return server;
}

/** node:http answering constant bytes. */
export async function startRawHttp(name: string, bytes: string, dir: string): Promise<Server> {
  const port = await freePort();
  const file = join(dir, `${name.replace(/\W+/g, '-')}.body`);
  writeFileSync(file, bytes);
  const server = spawnServer(name, process.execPath, [join(PROCESSES_DIR, 'raw-http.mjs'), String(port), file], port);
  await waitForAnswer(`${server.origin}/`, server);
  return server;
}

/** nginx with a minimal config in its own temp dir, one worker, serving `bytes` as /body.json. */
export async function startNginx(nginx: string, bytes: string): Promise<Server & { path: string }> {
  const port = await freePort();
  const prefix = mkdtempSync(join(tmpdir(), 'bench-nginx-'));
  writeFileSync(join(prefix, 'body.json'), bytes);
  writeFileSync(
    join(prefix, 'nginx.conf'),
    `daemon off;
master_process off;
worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  keepalive_requests 10000000;
  default_type application/json;
  server {
    listen 127.0.0.1:${port};
    root ${prefix};
    location = /body.json { }
  }
}
`,
  );
  const server = spawnServer('nginx', nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf')], port);
  await waitForAnswer(`${server.origin}/body.json`, server);
  return {
    ...server,
    path: '/body.json',
    async stop(signal, killAfterMs) {
      const code = await server.stop(signal, killAfterMs);
      rmSync(prefix, { recursive: true, force: true });
      return code;
    },
  };
}
