import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENV_VARS } from '../src/config.js';
import { parseYaml } from '../src/simulation/data-file.js';

/**
 * The examples are run by .ci/run (npm install and npm test in each); this checks what that run
 * cannot: that they install the packed package as users do, pin their versions, and that the
 * docker-compose file (no Docker daemon here) fits the Dockerfile and the settings that exist.
 */
const root = process.cwd();
const examples = join(root, 'examples');
const projects = readdirSync(examples).filter((name) => existsSync(join(examples, name, 'package.json')));

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'pacts') return [];
    const path = join(directory, entry.name);
    return entry.isDirectory() ? sources(path) : /\.(c|m)?(j|t)s$/.test(entry.name) ? [path] : [];
  });
}

describe('the example projects', () => {
  it('are the ones examples/README.md lists, each with a test script', () => {
    expect(projects.sort()).toEqual(['jest', 'mx-atrium-sdk', 'pact', 'vitest']);
    const index = readFileSync(join(examples, 'README.md'), 'utf8');
    for (const name of [...projects, 'docker-compose']) expect(index).toContain(`](${name}/)`);
    for (const name of projects) expect(JSON.parse(readFileSync(join(examples, name, 'package.json'), 'utf8')).scripts.test, name).toEqual(expect.any(String));
  });

  it.each(projects)('%s installs atrium-mock from the packed tarball and pins every other version', (name) => {
    const manifest = JSON.parse(readFileSync(join(examples, name, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
    const dependencies = { ...manifest.dependencies, ...manifest.devDependencies };
    expect(dependencies['atrium-mock']).toBe('file:../atrium-mock.tgz');
    for (const [dependency, version] of Object.entries(dependencies)) {
      if (dependency !== 'atrium-mock') expect(version, `${name}: ${dependency}`).toMatch(/^\d+\.\d+\.\d+$/);
    }
    for (const file of sources(join(examples, name))) {
      // the example's own files only: nothing climbs out of the project (to atrium-mock's src/)
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/(from |require\()['"](\.\.\/){2,}/);
    }
  });

  it('docker-compose builds the Dockerfile, publishes 8080, waits on its health check and sets only real settings', () => {
    const compose = parseYaml(readFileSync(join(examples, 'docker-compose/docker-compose.yml'), 'utf8')) as {
      services: Record<string, { build?: { context: string }; ports?: string[]; environment?: Record<string, string>; depends_on?: Record<string, { condition: string }>; volumes?: string[] }>;
      volumes: Record<string, unknown>;
    };
    const mock = compose.services['atrium-mock']!;
    const context = resolve(examples, 'docker-compose', mock.build!.context);
    expect(statSync(join(context, 'Dockerfile')).isFile()).toBe(true);
    const dockerfile = readFileSync(join(context, 'Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^EXPOSE 8080$/m);
    expect(dockerfile).toMatch(/^HEALTHCHECK .*__mock\/health/m);
    expect(mock.ports).toEqual(['8080:8080']);
    const known = new Set<string>(Object.values(ENV_VARS));
    for (const variable of Object.keys(mock.environment ?? {})) expect(known, variable).toContain(variable);
    expect(mock.environment?.ATRIUM_MOCK_STATE_FILE).toMatch(/^\/data\//);
    expect(mock.volumes).toEqual(['atrium-state:/data']);
    expect(Object.keys(compose.volumes)).toEqual(['atrium-state']);
    expect(compose.services.app?.depends_on).toEqual({ 'atrium-mock': { condition: 'service_healthy' } });
  });
});
