import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { entryArgs } from './entry.js';

const repo = join(import.meta.dirname, '../..');
export const ROUTER_CONFIG = join(repo, 'deploy/nginx/atrium-mock.conf');
export const ADMIN_KEY = 'shard-admin-key';

/** Debian's nginx (`apt-get install nginx`; .ci/run installs it): the test fails without it rather than skipping. */
export function findNginx(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx']) if (existsSync(candidate)) return candidate;
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('nginx is not installed, and test/deploy.test.ts runs deploy/nginx/atrium-mock.conf in it: install it with `apt-get update && apt-get install -y --no-install-recommends nginx` (.ci/run does this when nginx is missing).');
  }
}

/** A port nothing listens on now (nginx needs its port in its config, and a replica restarts on the port it had). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Polls until `url` answers 200 (a process starting to listen); rejects when `exited` settles first. */
export async function waitForHealth(url: string, exited: Promise<unknown>, what: string, stderr: () => string): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`${what} exited before answering ${url}: ${stderr()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** One simulator process of the cluster: the CLI with its own state database, on a fixed loopback port. */
export class Replica {
  child: ChildProcess | undefined;
  exited: Promise<number | null> = Promise.resolve(null);
  #stderr = '';

  constructor(
    readonly index: number,
    readonly port: number,
    readonly stateFile: string,
  ) {}

  get address(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Starts the process (again, on the same port and database) and resolves once it answers. */
  async start(): Promise<void> {
    const args = ['start', '--host', '127.0.0.1', '--port', String(this.port), '--state-file', this.stateFile, '--timing', 'instant', '--admin-key', ADMIN_KEY, '--log-level', 'warn'];
    const child = spawn(process.execPath, [...entryArgs('src/main.ts'), ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    this.child = child;
    this.#stderr = '';
    child.stderr!.on('data', (chunk) => (this.#stderr += String(chunk)));
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    await waitForHealth(`http://${this.address}/__mock/health`, this.exited, `replica ${this.index}`, () => this.#stderr);
  }

  /** kill -9: nothing is flushed, no request in flight is finished. */
  async kill(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }
}

/**
 * deploy/nginx/atrium-mock.conf for these replicas: each list of replicas in it (the server lines
 * of every upstream, the /__replicas/<n>/ locations) written out once per replica, `replica-<n>:8080`
 * replaced by the replica's loopback address, and the listen port replaced. Nothing else changes.
 */
export function routerConfig(shipped: string, replicas: readonly Replica[], listen: number): string {
  const lines = shipped.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!;
    if (/^\s*server replica-0:8080\b/.test(line)) {
      for (const replica of replicas) out.push(line.replace('replica-0:8080', replica.address));
      while (/^\s*server replica-\d+:8080\b/.test(lines[i + 1] ?? '')) i += 1;
      continue;
    }
    if (/^\s*location \/__replicas\/0\/ \{$/.test(line)) {
      const end = lines.indexOf('    }', i);
      const block = lines.slice(i, end + 1).join('\n');
      for (const replica of replicas) out.push(block.replaceAll('/__replicas/0/', `/__replicas/${replica.index}/`).replaceAll('replica-0:8080', replica.address));
      i = end;
      while (/^\s*location \/__replicas\/\d+\/ \{$/.test(lines[i + 1] ?? '')) i = lines.indexOf('    }', i + 1);
      continue;
    }
    out.push(line);
  }
  const text = out.join('\n').replace(/^(\s*)listen 8080;$/m, `$1listen 127.0.0.1:${listen};`);
  if (/replica-\d+:8080/.test(text)) throw new Error('deploy/nginx/atrium-mock.conf names a replica outside the lists routerConfig rewrites');
  return text;
}

/** Debian's nginx in the foreground with everything it writes (pid, logs, temp files) under `dir`, as the current user. */
export class Router {
  child: ChildProcess | undefined;
  exited: Promise<number | null> = Promise.resolve(null);
  readonly #conf: string;
  readonly #include: string;

  constructor(
    readonly dir: string,
    readonly port: number,
  ) {
    mkdirSync(dir, { recursive: true });
    this.#conf = join(dir, 'nginx.conf');
    this.#include = join(dir, 'atrium-mock.conf');
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Writes the main config around the routing rules; a root master would hand its workers to nobody, so they run as root here. */
  write(replicas: readonly Replica[]): void {
    writeFileSync(this.#include, routerConfig(readFileSync(ROUTER_CONFIG, 'utf8'), replicas, this.port));
    const temp = (name: string) => join(this.dir, name);
    writeFileSync(
      this.#conf,
      [
        process.getuid?.() === 0 ? `user ${userInfo().username};` : '',
        'worker_processes 1;',
        `pid ${temp('nginx.pid')};`,
        `error_log ${temp('error.log')} warn;`,
        'events { worker_connections 1024; }',
        'http {',
        '    access_log off;',
        `    client_body_temp_path ${temp('client_body')};`,
        `    proxy_temp_path ${temp('proxy')};`,
        `    fastcgi_temp_path ${temp('fastcgi')};`,
        `    uwsgi_temp_path ${temp('uwsgi')};`,
        `    scgi_temp_path ${temp('scgi')};`,
        `    include ${this.#include};`,
        '}',
        '',
      ].join('\n'),
    );
  }

  #args(): string[] {
    return ['-p', `${this.dir}/`, '-c', this.#conf, '-e', join(this.dir, 'error.log')];
  }

  /** Checks the config (nginx -t), starts nginx and resolves once it answers. */
  async start(replicas: readonly Replica[]): Promise<void> {
    const nginx = findNginx();
    this.write(replicas);
    execFileSync(nginx, ['-t', '-q', ...this.#args()], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    const child = spawn(nginx, [...this.#args(), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    await waitForHealth(`${this.url}/__router/health`, this.exited, 'nginx', () => `${stderr}${this.errorLog()}`);
  }

  /** New routing rules: nginx re-reads its config on SIGHUP (what `nginx -s reload` sends). */
  reload(replicas: readonly Replica[]): void {
    this.write(replicas);
    execFileSync(findNginx(), ['-t', '-q', ...this.#args()], { stdio: ['ignore', 'ignore', 'pipe'] });
    this.child!.kill('SIGHUP');
  }

  errorLog(): string {
    const file = join(this.dir, 'error.log');
    return existsSync(file) ? readFileSync(file, 'utf8') : '';
  }

  async stop(): Promise<void> {
    this.child?.kill('SIGTERM');
    await this.exited;
  }
}
