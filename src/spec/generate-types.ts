import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parseYaml } from '../simulation/data-file.js';
import { atriumSpecJsonPath, atriumSpecPath, controlPlaneSpecJsonPath, controlPlaneSpecPath, packageRoot } from '../paths.js';

export const generatedTypesPath = `${packageRoot}src/generated/atrium.ts`;

/** A spec as JSON: the server loads this (JSON.parse is ~50x faster than YAML at startup). */
export function renderSpecJson(yamlPath = atriumSpecPath): string {
  return `${JSON.stringify(parseYaml(readFileSync(yamlPath, 'utf8')), null, 1)}\n`;
}

const HEADER = `/**
 * Generated from src/spec/atrium.openapi.yml by \`npm run generate\` (openapi-typescript).
 * Do not edit by hand: a test fails when this file is stale.
 */

`;

/** The TypeScript the spec generates, exactly as it is written to src/generated/atrium.ts. */
export async function renderTypes(): Promise<string> {
  const ast = await openapiTS(pathToFileURL(atriumSpecPath), { alphabetize: false });
  return HEADER + astToString(ast);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outputs: [string, string][] = [
    [generatedTypesPath, await renderTypes()],
    [atriumSpecJsonPath, renderSpecJson()],
    [controlPlaneSpecJsonPath, renderSpecJson(controlPlaneSpecPath)],
  ];
  for (const [file, rendered] of outputs) {
    if (process.argv.includes('--check')) {
      if (readFileSync(file, 'utf8') !== rendered) {
        console.error(`${file} is stale: run \`npm run generate\`.`);
        process.exitCode = 1;
      }
    } else {
      writeFileSync(file, rendered);
      console.log(`wrote ${file}`);
    }
  }
}
