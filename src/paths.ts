import { fileURLToPath } from 'node:url';

/** The package root, the same from src/ (tsx, vitest) and from dist/ (npm start). */
export const packageRoot = fileURLToPath(new URL('..', import.meta.url));
export const atriumSpecPath = `${packageRoot}src/spec/atrium.openapi.yml`;
/** Generated from the YAML by `npm run generate`; what the server parses at startup. */
export const atriumSpecJsonPath = `${packageRoot}src/generated/atrium.openapi.json`;
export const defaultFixturesDir = `${packageRoot}fixtures`;
export const defaultScenariosDir = `${packageRoot}scenarios`;
export const controlPlaneSpecPath = `${packageRoot}src/spec/control-plane.openapi.yml`;
export const controlPlaneSpecJsonPath = `${packageRoot}src/generated/control-plane.openapi.json`;
export const defaultSeedSetsDir = `${packageRoot}fixtures/sets`;
