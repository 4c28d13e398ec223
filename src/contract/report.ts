/** The readable report of a verifyPacts run, built from the pact core's JSON results. */
import { describeStates, type PactFile, type PactInteraction } from './pact-files.js';
import type { StatePlan } from './provider-states.js';

/** One mismatch as the pact core's verifier JSON reports it. */
interface Mismatch {
  type?: string;
  mismatch?: string;
  message?: string;
  path?: string;
  key?: string;
  expected?: unknown;
  actual?: unknown;
}

interface VerifierError {
  interaction?: string;
  mismatch?: { type?: string; message?: string; mismatches?: Mismatch[] };
}

/** What `pactffi_verifier_json` answers for one verification run. */
export interface VerifierResults {
  result?: boolean;
  interactionResults?: { description?: string; result?: string; duration?: string }[];
  errors?: VerifierError[];
  pendingErrors?: VerifierError[];
  output?: string[];
}

/** One pact file's verification: the file, the core's results, or why the core did not answer results. */
export interface FileVerification {
  pact: PactFile;
  results?: VerifierResults;
  crash?: string;
  /** Why the simulator made no webhook for a message, by the core's interaction name: shown instead of the core's mismatch with the error it got. */
  messageErrors?: ReadonlyMap<string, string>;
}

const ANSI = /\u001b\[[0-9;]*m/g;
export const plain = (text: string): string => text.replace(ANSI, '');

const show = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

function describeMismatch(mismatch: Mismatch): string {
  const text = plain(mismatch.mismatch ?? mismatch.message ?? '');
  switch (mismatch.type) {
    case 'StatusMismatch':
      return `status: expected ${show(mismatch.expected)}, got ${show(mismatch.actual)}`;
    case 'BodyMismatch':
      return `body ${mismatch.path ?? ''}: ${text}`.replace('body : ', 'body: ');
    case 'HeaderMismatch':
      return `header ${mismatch.key ?? ''}: expected ${show(mismatch.expected)}, got ${show(mismatch.actual)}`;
    case 'BodyTypeMismatch':
      return `body type: expected ${show(mismatch.expected)}, got ${show(mismatch.actual)}`;
    default:
      return text || JSON.stringify(mismatch);
  }
}

function describeError(error: VerifierError): string[] {
  const mismatches = error.mismatch?.mismatches;
  if (mismatches?.length) return mismatches.map(describeMismatch);
  return [plain(error.mismatch?.message ?? JSON.stringify(error.mismatch ?? error))];
}

/**
 * The name the core gives an interaction in its errors (pact_verifier's verify_pact_internal):
 * "Verifying a pact between C and P - description", with " Given S1" and then " And S2" for each
 * further provider state before the " - ". Interactions that share a description differ in their states.
 */
export const coreInteractionName = (pact: Pick<PactFile, 'consumer' | 'provider'>, interaction: Pick<PactInteraction, 'description' | 'states'>): string =>
  `Verifying a pact between ${pact.consumer} and ${pact.provider}${interaction.states.map((state, index) => `${index === 0 ? ' Given' : ' And'} ${state}`).join('')} - ${interaction.description}`;

const errorsFor = (errors: VerifierError[] | undefined, name: string): VerifierError[] => (errors ?? []).filter((error) => error.interaction === name);

interface Tally {
  passed: number;
  failed: number;
  pending: number;
  /** Errors of the core that name no interaction of the file (e.g. "Failed to load pact"): they fail the run too. */
  otherErrors: number;
  /** A response Content-Type expected as plain application/json (pact-js's jsonBody default). */
  jsonContentType: boolean;
}

const expectsPlainJson = (errors: VerifierError[]): boolean =>
  errors.some((error) =>
    (error.mismatch?.mismatches ?? []).some((mismatch) => mismatch.type === 'HeaderMismatch' && mismatch.key?.toLowerCase() === 'content-type' && show(mismatch.expected).startsWith('application/json')),
  );

const CONTENT_TYPE_HINT =
  'Hint: Atrium answers Content-Type application/vnd.mx.atrium.v1+json. pact-js jsonBody() states application/json unless the response also sets ' +
  "headers({ 'Content-Type': 'application/vnd.mx.atrium.v1+json' }); state it as that plain value, not as a matcher.";

function fileSection(file: FileVerification, tally: Tally): string[] {
  const { pact, results } = file;
  const lines = [`${pact.path}: ${pact.consumer} -> ${pact.provider}, ${pact.interactions.length} interaction(s)`];
  if (file.crash !== undefined || !results) {
    tally.failed += pact.interactions.length;
    return [...lines, `  the pact core did not verify this file: ${plain(file.crash ?? 'no results')}`];
  }
  const outcomes = results.interactionResults ?? [];
  const names = new Set(pact.interactions.map((interaction) => coreInteractionName(pact, interaction)));
  pact.interactions.forEach((interaction, index) => {
    const outcome = outcomes[index]?.description === interaction.description ? outcomes[index] : outcomes.find((candidate) => candidate.description === interaction.description);
    const name = coreInteractionName(pact, interaction);
    const errors = errorsFor(results.errors, name);
    const pending = errorsFor(results.pendingErrors, name);
    const label = `${interaction.description}${describeStates(interaction.states)}`;
    if (errors.length > 0 || (outcome && outcome.result !== 'OK' && pending.length === 0)) {
      tally.failed += 1;
      tally.jsonContentType ||= expectsPlainJson(errors);
      lines.push(`  FAILED   ${label}`);
      const unbuilt = file.messageErrors?.get(name);
      if (unbuilt !== undefined) lines.push(`             - ${unbuilt}`);
      else for (const error of errors) lines.push(...describeError(error).map((text) => `             - ${text}`));
    } else if (pending.length > 0) {
      tally.pending += 1;
      lines.push(`  pending  ${label} (fails, but the pact marks it pending)`);
      for (const error of pending) lines.push(...describeError(error).map((text) => `             - ${text}`));
    } else if (outcome) {
      tally.passed += 1;
      lines.push(`  ok       ${label}`);
    } else {
      tally.failed += 1;
      lines.push(`  FAILED   ${label}`, '             - the pact core reported no result for this interaction');
    }
  });
  const others = (results.errors ?? []).filter((error) => !names.has(error.interaction ?? ''));
  if (others.length > 0) {
    tally.otherErrors += others.length;
    lines.push('  the pact core also reported:');
    for (const error of others) lines.push(...describeError(error).map((text) => `             - ${plain(error.interaction ?? '(no interaction)')}: ${text}`));
  }
  return lines;
}

export interface ReportInput {
  files: FileVerification[];
  plans: Map<string, StatePlan>;
  /** Problems found before or around verification (unreadable files, unknown states, failed state setups). */
  problems: string[];
}

/** The report and whether everything passed. */
export function buildReport(input: ReportInput): { passed: boolean; report: string } {
  const tally: Tally = { passed: 0, failed: 0, pending: 0, otherErrors: 0, jsonContentType: false };
  const sections = input.files.map((file) => fileSection(file, tally));
  const passed = input.problems.length === 0 && tally.failed === 0 && tally.otherErrors === 0 && input.files.length > 0;
  const total = tally.passed + tally.failed + tally.pending;
  const counts = input.files.length
    ? `${input.files.length} pact file(s), ${total} interaction(s): ${tally.passed} passed, ${tally.failed} failed${tally.pending ? `, ${tally.pending} pending` : ''}`
    : 'nothing was verified';
  const lines = [`Pact verification against atrium-mock: ${passed ? 'PASSED' : 'FAILED'} (${counts})`];
  if (input.problems.length) {
    lines.push('', 'Problems:', ...input.problems.flatMap((problem) => problem.split('\n').map((line, index) => (index === 0 ? `  - ${line}` : `    ${line.trim()}`))));
  }
  for (const section of sections) lines.push('', ...section);
  if (tally.jsonContentType) lines.push('', CONTENT_TYPE_HINT);
  if (input.plans.size) {
    lines.push('', 'Provider states:');
    for (const plan of input.plans.values()) lines.push(`  "${plan.state}": ${plan.source}`);
  }
  return { passed, report: `${lines.join('\n')}\n` };
}
