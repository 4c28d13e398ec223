import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root: the nearest directory above this module whose package.json is atrium-mock's.
 * The same from src/ (tsx, vitest), dist/ (npm start) and the CommonJS bundle in dist/cjs/, whose
 * build defines import.meta.url from __filename.
 */
function findPackageRoot(start: string): string {
  for (let directory = start; ; directory = dirname(directory)) {
    const manifest = join(directory, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'atrium-mock') return `${directory}/`;
    if (dirname(directory) === directory) throw new Error(`atrium-mock: no package.json of atrium-mock above ${start}`);
  }
}

export const packageRoot = findPackageRoot(dirname(fileURLToPath(import.meta.url)));
export const atriumSpecPath = `${packageRoot}src/spec/atrium.openapi.yml`;
/** Generated from the YAML by `npm run generate`; what the server parses at startup. */
export const atriumSpecJsonPath = `${packageRoot}src/generated/atrium.openapi.json`;
export const defaultFixturesDir = `${packageRoot}fixtures`;
export const defaultScenariosDir = `${packageRoot}scenarios`;
export const controlPlaneSpecPath = `${packageRoot}src/spec/control-plane.openapi.yml`;
export const controlPlaneSpecJsonPath = `${packageRoot}src/generated/control-plane.openapi.json`;
export const defaultSeedSetsDir = `${packageRoot}fixtures/sets`;
/** The inspector page's files (served at /__mock/ui). */
export const inspectorDir = `${packageRoot}src/ui`;
