import { fileURLToPath } from 'node:url';
import { SwaggerMockValidatorFactory, type ValidationResult } from '@pactflow/swagger-mock-validator';
import { describe, expect, it } from 'vitest';
import { isMessage, readPactFile } from '../../../src/contract/pact-files.js';
import { verifyPactsQuietly } from './verify-quietly.js';
import { CONSUMER, PACT_DIR, WEBHOOK_PROVIDER } from '../support.js';
import { freshPactFiles } from './fresh-pacts.js';

const SPEC = fileURLToPath(new URL('../../../src/spec/atrium.openapi.yml', import.meta.url));

/** The pacts the pact-consumer project wrote in this run (it runs first: sequence.groupOrder); fails when missing or stale. */
const consumerPacts = (): string[] => freshPactFiles(PACT_DIR);

/** The pacts with HTTP interactions: the webhook pact holds messages, which the Atrium spec does not describe. */
const httpPacts = (): string[] =>
  consumerPacts().filter((file) => {
    const pact = readPactFile(file);
    return typeof pact !== 'string' && pact.interactions.some((interaction) => !isMessage(interaction));
  });

const describeResult = (result: ValidationResult): string =>
  `${result.code}: ${result.message} (interaction "${result.mockDetails?.interactionDescription ?? '?'}" at ${result.mockDetails?.location ?? '?'}, spec ${result.specDetails?.location ?? '?'})`;

describe('Pact provider: the simulator honours the reference client pacts', () => {
  // Two pact files, HTTP and webhook messages, through the pact core in a child process (verifyPactsQuietly); slower on a busy machine.
  it('verifies every interaction against an in-process simulator whose provider states are seed sets, the webhook messages against its payload builders', { timeout: 60_000 }, async () => {
    const { passed, report } = await verifyPactsQuietly({ pactFiles: consumerPacts() });
    expect(passed, report).toBe(true);
    expect(report).toMatch(/interaction\(s\): \d+ passed, 0 failed\)/);
    expect(report).toContain(`${CONSUMER}-${WEBHOOK_PROVIDER}.json: ${CONSUMER} -> ${WEBHOOK_PROVIDER}, `);
    expect(report).toContain('  ok       a CONNECTION_STATUS webhook for a member waiting for an MFA answer (given "challenged-mxbank-member")\n');
  });

  // CPU-bound (about 8 s alone); next to the other provider files on a busy machine it can take over the 20 s default.
  it('finds every interaction of the pacts in src/spec/atrium.openapi.yml (swagger-mock-validator)', { timeout: 120_000 }, async () => {
    const validator = SwaggerMockValidatorFactory.create();
    for (const file of httpPacts()) {
      const outcome = await validator.validate({ specPathOrUrl: SPEC, mockPathOrUrl: file });
      const problems = [...outcome.errors, ...outcome.warnings].map(describeResult);
      expect(problems, `${file}:\n${problems.join('\n')}`).toEqual([]);
      expect(outcome.success).toBe(true);
    }
  });
});
