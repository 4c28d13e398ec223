import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { entryArgs } from './entry.js';

/** The CLI as users run it, in its own process: logs are JSON lines on stdout (not a terminal). */
export interface Launched {
  child: ChildProcess;
  lines: string[];
  stderr: () => string;
  exited: Promise<number | null>;
}

export interface Running extends Launched {
  url: string;
}

const children: ChildProcess[] = [];

/** Kills what the last test launched; test/support/stop-children.ts calls it after each test of every file. */
export function stopChildren(): void {
  for (const child of children.splice(0)) child.kill('SIGKILL');
}

export function launch(args: string[], env: Record<string, string> = {}): Launched {
  const child = spawn(process.execPath, [...entryArgs('src/main.ts'), ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  const lines: string[] = [];
  let stderr = '';
  createInterface({ input: child.stdout! }).on('line', (line) => lines.push(line));
  child.stderr!.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, lines, stderr: () => stderr, exited };
}

/** Starts the simulator on a free port and resolves once it listens. */
export async function start(args: string[] = [], env: Record<string, string> = {}): Promise<Running> {
  const launched = launch(['start', '--port', '0', '--host', '127.0.0.1', ...args], env);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const listening = launched.lines.map((line) => JSON.parse(line) as { msg: string; url?: string }).find((entry) => entry.msg.startsWith('atrium-mock listening'));
      if (listening?.url) {
        clearInterval(timer);
        resolve(listening.url);
      }
    }, 20);
    void launched.exited.then((code) => {
      clearInterval(timer);
      reject(new Error(`exited ${code} before listening: ${launched.stderr()}`));
    });
  });
  return { ...launched, url };
}

export const HEADERS = { 'MX-API-Key': 'key', 'MX-Client-ID': 'process-test', Accept: 'application/vnd.mx.atrium.v1+json', 'Content-Type': 'application/json' };

export function call(url: string, method: string, path: string, body?: unknown, headers: Record<string, string> = HEADERS): Promise<Response> {
  return fetch(`${url}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}
