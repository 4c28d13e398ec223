import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Answer } from './atrium.js';
import type { Load } from './plan.js';
import { ROOT, startBareExpress, type Server } from './servers.js';
import type { BenchSettings } from './settings.js';

/** What every target shares: settings, tools, the loads to measure, servers and state built once. */
export class Bench {
  readonly loads = new Map<string, Load>();
  readonly #shared = new Map<string, Promise<unknown>>();
  readonly #servers = new Set<Server>();
  #help: string | undefined;

  constructor(
    readonly settings: BenchSettings,
    readonly wrk: string,
    /** null when nginx could not be had: the ceilings then use node:http only. */
    readonly nginx: string | null,
    /** A temp dir for scripts, bodies and state files; removed at the end. */
    readonly tmp: string,
  ) {}

  log(message: string): void {
    process.stderr.write(`${message}\n`);
  }

  /** Registers a load (once per key) and returns its key. */
  addLoad(load: Load): string {
    if (!this.loads.has(load.key)) this.loads.set(load.key, load);
    return load.key;
  }

  /** Builds something once, however many targets ask for it (a simulator with state, a Prism server). */
  shared<T>(key: string, make: () => Promise<T>): Promise<T> {
    let made = this.#shared.get(key) as Promise<T> | undefined;
    if (!made) {
      made = make();
      this.#shared.set(key, made);
    }
    return made;
  }

  /** Keeps a server to stop after the throughput rounds. */
  track<T extends Server>(server: T): T {
    this.#servers.add(server);
    return server;
  }

  async stopServers(): Promise<void> {
    await Promise.all([...this.#servers].map((server) => server.stop('SIGKILL')));
    this.#servers.clear();
    this.#shared.clear();
  }

  /** Whether `atrium-mock start` knows a flag (features the lead is adding show up in --help). */
  supportsFlag(flag: string): boolean {
    this.#help ??= execFileSync(process.execPath, [join(ROOT, 'dist/main.cjs'), 'start', '--help'], { cwd: ROOT, encoding: 'utf8' });
    return this.#help.split(/[\s,]+/).includes(flag);
  }

  /**
   * Bare Express in its own process answering exactly what the simulator answered (the parsed
   * body through res.json, the same status), checked to send the same bytes.
   */
  async bareExpress(name: string, method: string, path: string, answer: Answer): Promise<{ server: Server; sameBytes: boolean }> {
    const route = path.split('?')[0]!;
    const server = this.track(await startBareExpress(name, { method, path: route, status: answer.status, body: answer.body }, this.tmp));
    const check = await fetch(`${server.origin}${path}`, { method, headers: { 'Content-Type': 'application/json' }, ...(method === 'GET' ? {} : { body: '{}' }) });
    const text = await check.text();
    return { server, sameBytes: check.status === answer.status && text === answer.text };
  }
}
