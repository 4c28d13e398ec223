import { describe, expect, it } from 'vitest';
import type { PactFile } from '../../../src/contract/pact-files.js';
import { buildReport, type VerifierResults } from '../../../src/contract/report.js';

const START = 'a request to start identification';
const HTTP = 'Synchronous/HTTP';

/** One pact with three interactions under one description, told apart only by their provider states. */
const pact: PactFile = {
  path: 'pacts/team-app-mx-atrium.json',
  consumer: 'team-app',
  provider: 'mx-atrium',
  interactions: [
    { description: START, states: ['created-mxbank-member'], type: HTTP },
    { description: START, states: ['connected-mxbank-member'], type: HTTP },
    { description: START, states: ['connected-mxbank-member', 'denied'], type: HTTP },
    { description: 'a request for MX Bank', states: [], type: HTTP },
  ],
};

const statusMismatch = (interaction: string) => ({
  interaction,
  mismatch: { type: 'mismatches', mismatches: [{ type: 'StatusMismatch', expected: 201, actual: 200, mismatch: 'expected 201 but was 200' }] },
});

/** The core's results with the interactions at `failing` (indexes) failed by a status mismatch reported under `names`. */
function results(failing: number[], names: string[]): VerifierResults {
  return {
    result: failing.length === 0,
    interactionResults: pact.interactions.map((interaction, index) => ({ description: interaction.description, result: failing.includes(index) ? 'Error' : 'OK' })),
    errors: names.map(statusMismatch),
  };
}

const report = (verifierResults: VerifierResults) => buildReport({ files: [{ pact, results: verifierResults }], plans: new Map(), problems: [] });
const failedLines = (text: string) => text.split('\n').filter((line) => line.startsWith('  FAILED'));

describe('the verify-pacts report', () => {
  it('marks only the failed one of two interactions that share a description under different provider states', () => {
    const { passed, report: text } = report(results([1], [`Verifying a pact between team-app and mx-atrium Given connected-mxbank-member - ${START}`]));
    expect(passed).toBe(false);
    expect(failedLines(text)).toEqual([`  FAILED   ${START} (given "connected-mxbank-member")`]);
    expect(text).toContain(`  ok       ${START} (given "created-mxbank-member")\n`);
    expect(text).toMatch(/: 3 passed, 1 failed\)/);
  });

  it('tells an interaction with several states ("Given S1 And S2") from the one with only the first state', () => {
    const { report: text } = report(results([2], [`Verifying a pact between team-app and mx-atrium Given connected-mxbank-member And denied - ${START}`]));
    expect(failedLines(text)).toEqual([`  FAILED   ${START} (given "connected-mxbank-member" and "denied")`]);
    expect(text).toContain(`  ok       ${START} (given "connected-mxbank-member")\n`);
  });

  it('shows an error of the core that names no interaction of the file, and fails the run for it', () => {
    const { passed, report: text } = report({
      result: false,
      interactionResults: pact.interactions.map((interaction) => ({ description: interaction.description, result: 'OK' })),
      errors: [{ interaction: 'Could not verify the provided pact', mismatch: { type: 'error', message: 'the provider went away' } }],
    });
    expect(passed).toBe(false);
    expect(failedLines(text)).toEqual([]);
    expect(text).toContain('  the pact core also reported:\n             - Could not verify the provided pact: the provider went away\n');
  });
});
