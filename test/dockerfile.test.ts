import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No Docker daemon runs here, so this replays the Dockerfile outside Docker: the same COPY
 * paths, the same RUN commands (npm ci, build), the same ENV and CMD, and the HEALTHCHECK.
 * A step the Dockerfile gains or loses shows up here, so the file cannot silently rot.
 */
interface Instruction {
  keyword: string;
  args: string;
}

const context = process.cwd();
const dockerfile = readFileSync(join(context, 'Dockerfile'), 'utf8');

function parse(text: string): { name: string; steps: Instruction[] }[] {
  const stages: { name: string; steps: Instruction[] }[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const [keyword, ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (keyword === 'FROM') stages.push({ name: /AS (\S+)$/i.exec(args)![1]!, steps: [{ keyword, args }] });
    else stages.at(-1)!.steps.push({ keyword: keyword!, args });
  }
  return stages;
}

/** Image-only steps that touch the image's filesystem outside /app; checked textually, not run on this machine. */
const IMAGE_ONLY = /^mkdir -p \/data && chown node:node \/data$/;

async function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

describe('the Dockerfile', () => {
  it('builds, installs production dependencies only, starts and passes its HEALTHCHECK when replayed step by step', async () => {
    const root = mkdtempSync(join(tmpdir(), 'docker-replay-'));
    const stages = parse(dockerfile);
    expect(stages.map((stage) => stage.name)).toEqual(['build', 'runtime']);
    const dirs = new Map(stages.map((stage) => [stage.name, join(root, stage.name)]));
    const env: Record<string, string> = {};
    let cmd: string[] = [];
    let healthcheck: string[] = [];
    let exposed = '';
    for (const stage of stages) {
      const workdir = dirs.get(stage.name)!;
      mkdirSync(workdir, { recursive: true });
      for (const { keyword, args } of stage.steps) {
        switch (keyword) {
          case 'FROM':
            expect(args).toMatch(/^node:20-bookworm-slim AS /);
            break;
          case 'WORKDIR':
            expect(args).toBe('/app');
            break;
          case 'COPY': {
            const parts = args.split(' ');
            const from = parts[0]!.startsWith('--from=') ? dirs.get(parts.shift()!.slice('--from='.length))! : context;
            const target = parts.pop()!;
            for (const source of parts) {
              const destination = target.endsWith('/') ? join(workdir, target, source.split('/').pop()!) : join(workdir, target);
              const origin = source.startsWith('/app/') ? join(from, source.slice('/app/'.length)) : join(from, source);
              mkdirSync(dirname(destination), { recursive: true });
              cpSync(origin, destination, { recursive: true });
            }
            break;
          }
          case 'RUN': {
            if (IMAGE_ONLY.test(args)) break;
            // npm ci from the local cache CI already filled; the command itself is the Dockerfile's
            const run = spawnSync('sh', ['-c', args], { cwd: workdir, env: { ...process.env, ...env, npm_config_prefer_offline: 'true' }, encoding: 'utf8' });
            expect(run.status, `RUN ${args}\n${run.stderr}`).toBe(0);
            break;
          }
          case 'ENV':
            for (const pair of args.split(' ')) {
              const [name, value] = pair.split('=');
              env[name!] = value!;
            }
            break;
          case 'EXPOSE':
            exposed = args;
            break;
          case 'HEALTHCHECK':
            healthcheck = JSON.parse(args.slice(args.indexOf('CMD ') + 4)) as string[];
            break;
          case 'CMD':
            cmd = JSON.parse(args) as string[];
            break;
          case 'USER':
            expect(args).toBe('node');
            break;
          default:
            throw new Error(`the replay does not know ${keyword}; teach it before using it in the Dockerfile`);
        }
      }
    }
    expect(dockerfile).toMatch(/^RUN mkdir -p \/data && chown node:node \/data$/m);
    expect(exposed).toBe(env.ATRIUM_MOCK_PORT);
    const runtime = dirs.get('runtime')!;
    expect(existsSync(join(runtime, 'node_modules/express'))).toBe(true);
    expect(existsSync(join(runtime, 'node_modules/vitest'))).toBe(false);
    expect(existsSync(join(runtime, 'node_modules/typescript'))).toBe(false);

    const port = String(await freePort());
    const child = spawn(cmd[0]!, cmd.slice(1), { cwd: runtime, env: { ...process.env, ...env, ATRIUM_MOCK_PORT: port, ATRIUM_MOCK_LOG_LEVEL: 'warn' }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
    try {
      const probe = healthcheck.map((part) => part.replace('127.0.0.1:8080', `127.0.0.1:${port}`));
      let healthy = false;
      for (let attempt = 0; attempt < 50 && !healthy; attempt += 1) {
        healthy = spawnSync(probe[0]!, probe.slice(1), { cwd: runtime }).status === 0;
      }
      expect(healthy).toBe(true);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    const size = execFileSync('du', ['-sm', runtime], { encoding: 'utf8' }).split('\t')[0];
    console.log(`replayed runtime stage: ${size} MB on top of the node:20-bookworm-slim base`);
  }, 180_000);
});
