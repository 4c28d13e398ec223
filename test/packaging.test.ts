import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * How the product ships: the Docker image and the npm package.
 *
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
const IMAGE_ONLY = /^(mkdir -p \/data && chown node:node \/data|npm cache clean --force|apt-get update && apt-get install -y --no-install-recommends python3 make g\+\+ && rm -rf \/var\/lib\/apt\/lists\/\*)$/;

/** Installs here find the SQLite addon CI already built (scripts/local-prebuilds.mjs) instead of compiling it again. */
const [prebuildVariable, prebuildFolder] = execFileSync(process.execPath, [join(context, 'scripts/local-prebuilds.mjs')], { encoding: 'utf8' }).trim().replace(/^export /, '').split('=');
const prebuilds = { [prebuildVariable!]: prebuildFolder! };

async function freePort(): Promise<number> {
  return new Promise((resolvePort) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

interface Replay {
  dirs: Map<string, string>;
  env: Record<string, string>;
  cmd: string[];
  healthcheck: string[];
  exposed: string;
}

/** Runs every stage of the Dockerfile in a temp directory, one directory per stage (its /app). */
function replayDockerfile(): Replay {
  const root = mkdtempSync(join(tmpdir(), 'docker-replay-'));
  const stages = parse(dockerfile);
  expect(stages.map((stage) => stage.name)).toEqual(['build', 'deps', 'runtime']);
  const replay: Replay = { dirs: new Map(stages.map((stage) => [stage.name, join(root, stage.name)])), env: {}, cmd: [], healthcheck: [], exposed: '' };
  for (const stage of stages) {
    const workdir = replay.dirs.get(stage.name)!;
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
          const from = parts[0]!.startsWith('--from=') ? replay.dirs.get(parts.shift()!.slice('--from='.length))! : context;
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
          if (stage.name === 'build' && args.startsWith('npm ci ')) {
            // the build stage installs the very lockfile this checkout was installed from (CI ran the
            // same npm ci); linking that install keeps the replay honest and saves ~200 MB of extraction
            symlinkSync(join(context, 'node_modules'), join(workdir, 'node_modules'), 'dir');
            break;
          }
          // npm ci from the local cache CI already filled; the command itself is the Dockerfile's. Its
          // `npm cache clean` (an image-size step) cleans a throwaway cache, not this machine's shared one.
          const throwaway = mkdtempSync(join(tmpdir(), 'npm-cache-'));
          const shell = `npm() { if [ "$1" = cache ]; then command npm --cache "${throwaway}" "$@"; else command npm "$@"; fi; }; ${args}`;
          const run = spawnSync('sh', ['-c', shell], { cwd: workdir, env: { ...process.env, ...replay.env, ...prebuilds, npm_config_prefer_offline: 'true', npm_config_loglevel: 'error' }, encoding: 'utf8' });
          expect(run.status, `RUN ${args}\n${run.stderr}`).toBe(0);
          break;
        }
        case 'ENV':
          for (const pair of args.split(' ')) {
            const [name, value] = pair.split('=');
            replay.env[name!] = value!;
          }
          break;
        case 'EXPOSE':
          replay.exposed = args;
          break;
        case 'HEALTHCHECK':
          replay.healthcheck = JSON.parse(args.slice(args.indexOf('CMD ') + 4)) as string[];
          break;
        case 'CMD':
          replay.cmd = JSON.parse(args) as string[];
          break;
        case 'USER':
          expect(args).toBe('node');
          break;
        default:
          throw new Error(`the replay does not know ${keyword}; teach it before using it in the Dockerfile`);
      }
    }
  }
  return replay;
}

/** Starts a command and resolves with its URL once it logs that it listens. */
function listening(child: ChildProcess, exited: Promise<number | null>): Promise<string> {
  return new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const entry = JSON.parse(line) as { url?: string };
      if (entry.url) resolve(entry.url);
    });
    void exited.then((code) => reject(new Error(`exited ${code} before listening`)));
  });
}

/** npm, quiet unless it fails: its notices and warnings are only shown in the failure. */
function npm(args: string[], cwd: string): string {
  const run = spawnSync('npm', [...args, '--loglevel', 'error'], { cwd, encoding: 'utf8', env: { ...process.env, ...prebuilds, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  if (run.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${run.status}\n${run.stdout}${run.stderr}`);
  return run.stdout;
}

describe('packaging', () => {
  let replay: Replay;
  /** The installed package and the project it is installed in (set by the tarball test). */
  let installed: string;
  let consumer: string | undefined;
  const packFromBuildStage = (): string => {
    const build = replay.dirs.get('build')!;
    for (const extra of ['fixtures', 'scenarios', 'README.md', 'LICENSE', 'CHANGELOG.md']) cpSync(join(context, extra), join(build, extra), { recursive: true });
    const packDir = mkdtempSync(join(tmpdir(), 'pack-'));
    return join(packDir, npm(['pack', '--ignore-scripts', '--pack-destination', packDir], build).trim().split('\n').pop()!);
  };
  beforeAll(() => {
    replay = replayDockerfile();
  }, 240_000);

  it('replays the Dockerfile: production dependencies only, starts, passes its HEALTHCHECK, stops on SIGTERM', async () => {
    expect(dockerfile).toMatch(/^RUN mkdir -p \/data && chown node:node \/data$/m);
    // EXPOSE is the default port; the image sets no ATRIUM_MOCK_PORT, so a platform's PORT applies
    expect(replay.exposed).toBe('8080');
    expect(replay.env.ATRIUM_MOCK_PORT).toBeUndefined();
    const runtime = replay.dirs.get('runtime')!;
    expect(existsSync(join(runtime, 'node_modules/express'))).toBe(true);
    expect(existsSync(join(runtime, 'node_modules/vitest'))).toBe(false);
    expect(existsSync(join(runtime, 'node_modules/typescript'))).toBe(false);

    const port = String(await freePort());
    const { cmd, healthcheck, env } = replay;
    // as a container platform runs it (the port from PORT), with a state volume as the header of the
    // Dockerfile shows: the SQLite addon must load in the runtime stage
    const stateFile = join(mkdtempSync(join(tmpdir(), 'data-')), 'state.db');
    const containerEnv = { ...process.env, ...env, ATRIUM_MOCK_PORT: '', PORT: port, ATRIUM_MOCK_LOG_LEVEL: 'warn', ATRIUM_MOCK_STATE_FILE: stateFile };
    const child = spawn(cmd[0]!, cmd.slice(1), { cwd: runtime, env: containerEnv, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolveExit) => child.once('exit', resolveExit));
    try {
      let healthy = false;
      for (let attempt = 0; attempt < 50 && !healthy; attempt += 1) {
        healthy = spawnSync(healthcheck[0]!, healthcheck.slice(1), { cwd: runtime, env: containerEnv }).status === 0;
      }
      expect(healthy).toBe(true);
      const created = await fetch(`http://127.0.0.1:${port}/users`, { method: 'POST', headers: { 'MX-API-Key': 'k', 'MX-Client-ID': 'c', 'Content-Type': 'application/json' }, body: '{"user":{"identifier":"docker"}}' });
      expect(created.status).toBe(200);
      expect(readFileSync(stateFile).subarray(0, 15).toString()).toBe('SQLite format 3');
      // the inspector page and the preact it loads come with the image
      expect((await fetch(`http://127.0.0.1:${port}/__mock/ui`)).status).toBe(200);
      expect((await fetch(`http://127.0.0.1:${port}/__mock/ui/vendor/preact.mjs`)).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    // docs/configuration.md says about 67 MB on top of the base image; this catches a dev dependency creeping in
    const megabytes = Number(execFileSync('du', ['-sm', runtime], { encoding: 'utf8' }).split('\t')[0]);
    expect(megabytes).toBeLessThan(120);
  }, 60_000);

  it('packs a tarball (from the build stage) with LICENSE and CHANGELOG that installs in an empty directory, starts, and loads by import and require', async () => {
    const tarball = packFromBuildStage();
    const project = mkdtempSync(join(tmpdir(), 'consumer-'));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', type: 'module', private: true }));
    npm(['install', '--omit=dev', tarball], project);
    installed = join(project, 'node_modules/atrium-mock');
    consumer = project;

    for (const file of ['README.md', 'LICENSE', 'CHANGELOG.md', 'dist/index.d.ts', 'dist/cjs/index.js', 'dist/cjs/index.d.ts']) expect(existsSync(join(installed, file)), file).toBe(true);
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toContain('Copyright (c) 2026 atrium-mock contributors');
    expect(existsSync(join(installed, 'test'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.bin).toEqual({ 'atrium-mock': './dist/main.cjs' });
    expect(manifest).toMatchObject({ repository: { type: 'git' }, homepage: expect.any(String), bugs: { url: expect.any(String) } });

    const names = "[typeof m.createSimulator, typeof m.createAtriumClient, typeof m.identifyAccountOwners, typeof m.verifyPacts].join(' ')";
    const imported = execFileSync(process.execPath, ['--input-type=module', '-e', `const m = await import('atrium-mock'); console.log(${names})`], { cwd: project, encoding: 'utf8' });
    expect(imported.trim()).toBe('function function function function');
    // the CommonJS build runs a whole simulator: fixtures and specs are found from dist/cjs/ too
    const required = execFileSync(
      process.execPath,
      ['--input-type=commonjs', '-e', `const m = require('atrium-mock'); m.createSimulator().then(async (sim) => { const { member_guid } = await sim.seed('identified-mxbank-member'); await sim.close(); console.log(${names}, member_guid.slice(0, 4)); })`],
      { cwd: project, encoding: 'utf8' },
    );
    expect(required.trim()).toBe('function function function function MBR-');

    const child = spawn(join(project, 'node_modules/.bin/atrium-mock'), ['--port', '0', '--host', '127.0.0.1'], { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    try {
      const url = await listening(child, exited);
      expect((await fetch(`${url}/__mock/health`)).status).toBe(200);
      expect((await fetch(`${url}/__mock/ui/inspector.js`)).status).toBe(200);
      expect((await fetch(`${url}/__mock/ui/vendor/htm.mjs`)).status).toBe(200);
      const institution = await fetch(`${url}/institutions/mxbank`, { headers: { 'MX-API-Key': 'k', 'MX-Client-ID': 'c' } });
      expect(((await institution.json()) as { institution: { name: string } }).institution.name).toBe('MX Bank');
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  }, 120_000);

  it('publishes types that a strict project compiles (skipLibCheck false, no @types/express), as ES module and as CommonJS', () => {
    expect(consumer, 'the tarball test installs the package first').toBeDefined();
    // only node's types, as a consumer has them; none of our devDependencies' @types
    mkdirSync(join(consumer!, 'node_modules/@types'), { recursive: true });
    symlinkSync(join(context, 'node_modules/@types/node'), join(consumer!, 'node_modules/@types/node'), 'dir');
    expect(existsSync(join(consumer!, 'node_modules/@types/express'))).toBe(false);
    const uses = (style: 'import' | 'require') =>
      [
        "import { createApp, buildDeps, resolveConfig, createSimulator, createAtriumClient, verifyPacts, type Simulator, type AtriumClient } from 'atrium-mock';",
        "import { createServer } from 'node:http';",
        `const sim: Promise<Simulator> = createSimulator({ seed: '${style}' });`,
        "const client: AtriumClient = createAtriumClient({ baseUrl: 'http://localhost:8080', apiKey: 'k', clientId: 'c' });",
        'const server = createServer(createApp(buildDeps(resolveConfig({}))));',
        'void sim; void client; void server; void verifyPacts;',
      ].join('\n');
    writeFileSync(join(consumer!, 'uses-import.mts'), uses('import'));
    writeFileSync(join(consumer!, 'uses-require.cts'), uses('require'));
    const tsc = (args: string[]): void => {
      const run = spawnSync(process.execPath, [join(context, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict', '--skipLibCheck', 'false', '--target', 'es2022', '--types', 'node', ...args], { cwd: consumer!, encoding: 'utf8' });
      expect(run.status, `tsc ${args.join(' ')}\n${run.stdout}${run.stderr}`).toBe(0);
    };
    // .mts resolves the "import" condition, .cts the "require" one
    tsc(['--module', 'nodenext', '--moduleResolution', 'nodenext', 'uses-import.mts', 'uses-require.cts']);
    // about 15 s of CPU: with skipLibCheck false tsc checks every declaration file the consumer sees
  }, 180_000);
});
