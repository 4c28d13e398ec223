import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLOCK_TICKS, cpuSeconds, machineTicks } from './proc.js';

const LUA_DIR = join(import.meta.dirname, 'lua');

/** What wrk sends: one fixed request, or a script that varies it per request. */
export type WrkRequest =
  | { kind: 'fixed'; method: string; path: string; headers: Record<string, string>; body?: string }
  | { kind: 'post-users'; path: string; headers: Record<string, string>; tenantPrefix: string; tenants: number; tag: string }
  | { kind: 'tenants'; headers: Record<string, string>; requestsFile: string };

export interface WrkRun {
  /** http://host:port (the path comes from the request). */
  origin: string;
  request: WrkRequest;
  durationS: number;
  connections: number;
  threads: number;
  /** pid of the server under load, to read the CPU it used. */
  serverPid?: number;
}

export interface WrkResult {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Responses that were not 2xx/3xx. */
  non2xx: number;
  /** Socket errors: connect, read, write, timeout. */
  socketErrors: number;
  /** Share of one core wrk itself used over the run (user + system). */
  wrkCpu: number;
  /** Share of one core the server process used over the run. */
  serverCpu: number | null;
  /** Cores busy with anything else on the machine over the run (other developers' work shows here). */
  otherCpu: number | null;
}

/** A Lua string literal for any text (long brackets with a level the text cannot close). */
function luaString(text: string): string {
  let level = '';
  while (text.includes(`]${level}]`)) level += '=';
  return `[${level}[\n${text}]${level}]`;
}

function luaTable(value: unknown): string {
  if (typeof value === 'string') return luaString(value);
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object') {
    return `{ ${Object.entries(value)
      .map(([key, item]) => `[ ${luaString(key)} ] = ${luaTable(item)}`)
      .join(', ')} }`;
  }
  return 'nil';
}

/** The script wrk runs: the request's parameters as a Lua table `bench`, its script, then the reporter. */
export function wrkScript(request: WrkRequest): string {
  const { kind, ...parameters } = request;
  const file = { fixed: 'fixed.lua', 'post-users': 'post-users.lua', tenants: 'tenants.lua' }[kind];
  const bench = kind === 'fixed' ? { body: '', ...parameters } : parameters;
  return [`bench = ${luaTable(bench)}`, readFileSync(join(LUA_DIR, file), 'utf8'), readFileSync(join(LUA_DIR, 'report.lua'), 'utf8')].join('\n');
}

let runs = 0;

/** Runs wrk once; fails when wrk fails or prints no summary. */
export async function runWrk(wrk: string, run: WrkRun, scriptFile: string): Promise<WrkResult> {
  runs += 1;
  // every run of the create-user script gets its own identifiers, so none repeats across runs
  const request = run.request.kind === 'post-users' ? { ...run.request, tag: `${run.request.tag}${runs}` } : run.request;
  writeFileSync(scriptFile, wrkScript(request));
  const path = run.request.kind === 'fixed' ? run.request.path : '/';
  const args = ['-t', String(run.threads), '-c', String(run.connections), '-d', `${Math.max(1, Math.round(run.durationS))}s`, '--timeout', '5s', '-s', scriptFile, `${run.origin}${path}`];
  const serverBefore = run.serverPid ? cpuSeconds(run.serverPid) : null;
  const machineBefore = machineTicks();
  const started = process.hrtime.bigint();
  // bash's `times` prints the CPU its children (wrk) used, which wrk does not report itself
  const child = spawn('bash', ['-c', '"$0" "$@"; code=$?; times; exit $code', wrk, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  const wallS = Number(process.hrtime.bigint() - started) / 1e9;
  const serverAfter = run.serverPid ? cpuSeconds(run.serverPid) : null;
  const machineAfter = machineTicks();
  const line = stdout.split('\n').find((text) => text.startsWith('BENCH_RESULT '));
  if (code !== 0 || !line) throw new Error(`wrk failed (exit ${code}) for ${run.origin}${path}:\n${stderr.trim() || stdout.trim()}`);
  const summary = JSON.parse(line.slice('BENCH_RESULT '.length)) as {
    requests: number;
    duration_us: number;
    errors: Record<'connect' | 'read' | 'write' | 'status' | 'timeout', number>;
    latency_us: Record<'p50' | 'p90' | 'p99' | 'max', number>;
  };
  const times = stdout.trim().split('\n').at(-1) ?? '';
  const wrkCpuS = [...times.matchAll(/(\d+)m([\d.]+)s/g)].reduce((sum, [, minutes, seconds]) => sum + Number(minutes) * 60 + Number(seconds), 0);
  const ms = (us: number) => us / 1000;
  const serverCpu = serverBefore !== null && serverAfter !== null ? (serverAfter - serverBefore) / wallS : null;
  const busyCores = machineBefore && machineAfter ? (machineAfter.busy - machineBefore.busy) / CLOCK_TICKS / wallS : null;
  return {
    requests: summary.requests,
    requestsPerSecond: summary.requests / (summary.duration_us / 1e6),
    p50Ms: ms(summary.latency_us.p50),
    p90Ms: ms(summary.latency_us.p90),
    p99Ms: ms(summary.latency_us.p99),
    maxMs: ms(summary.latency_us.max),
    non2xx: summary.errors.status,
    socketErrors: summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    wrkCpu: wrkCpuS / wallS,
    serverCpu,
    otherCpu: busyCores === null ? null : Math.max(0, busyCores - wrkCpuS / wallS - (serverCpu ?? 0)),
  };
}

/** `wrk -v` prints its version on the first line. */
export async function wrkVersion(wrk: string): Promise<string> {
  const child = spawn(wrk, ['-v'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let text = '';
  child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
  await new Promise((resolve) => child.once('close', resolve));
  return /^wrk \S+/.exec(text.trim())?.[0] ?? 'wrk';
}
