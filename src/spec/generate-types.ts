import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { parseYaml } from '../simulation/data-file.js';
import { atriumSpecJsonPath, atriumSpecPath, controlPlaneSpecJsonPath, controlPlaneSpecPath, packageRoot } from '../paths.js';

export const generatedTypesPath = `${packageRoot}src/generated/atrium.ts`;
/** The webhook payloads MX sends: their own document, types and JSON copy (validate.ts imports the JSON). */
export const webhooksSpecPath = `${packageRoot}src/spec/webhooks.openapi.yml`;
export const webhooksSpecJsonPath = `${packageRoot}src/generated/webhooks.openapi.json`;
export const generatedWebhookTypesPath = `${packageRoot}src/generated/webhooks.ts`;

/** A spec as JSON: the server loads this (JSON.parse is ~50x faster than YAML at startup). */
export function renderSpecJson(yamlPath = atriumSpecPath): string {
  return `${JSON.stringify(parseYaml(readFileSync(yamlPath, 'utf8')), null, 1)}\n`;
}

const header = (specPath: string) => `/**
 * Generated from ${specPath.slice(packageRoot.length)} by \`npm run generate\` (openapi-typescript).
 * Do not edit by hand: a test fails when this file is stale.
 */

`;

/** The TypeScript a spec generates, exactly as it is written to src/generated/ (atrium.ts by default). */
export async function renderTypes(specPath = atriumSpecPath): Promise<string> {
  const ast = await openapiTS(pathToFileURL(specPath), { alphabetize: false });
  return header(specPath) + astToString(ast);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outputs: [string, string][] = [
    [generatedTypesPath, await renderTypes()],
    [atriumSpecJsonPath, renderSpecJson()],
    [controlPlaneSpecJsonPath, renderSpecJson(controlPlaneSpecPath)],
    [generatedWebhookTypesPath, await renderTypes(webhooksSpecPath)],
    [webhooksSpecJsonPath, renderSpecJson(webhooksSpecPath)],
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
