/**
 * Verifies consumer pacts (a team's own, or ours) against an in-process simulator: provider states
 * become scenario activations and seeds, every interaction runs in a fresh tenant, and the answer is
 * a pass/fail plus a report a person can read. Asynchronous message interactions (MX webhooks) are
 * verified in the same run against the simulator's webhook payload builders (webhook-messages.ts).
 *
 * `@pact-foundation/pact` is loaded only when this runs, so importing atrium-mock does not need it.
 */
import type { IncomingMessage } from 'node:http';
import type { VerifierOptions } from '@pact-foundation/pact';
import { createSimulator, type Simulator, type SimulatorOptions } from '../index.js';
import { DataFileError } from '../simulation/data-file.js';
import { consumerVersionSelectorSchema, fetchBrokerPacts, type BrokerPact, type ConsumerVersionSelector } from './pact-broker.js';
import { findPactFiles, isMessage, readPactFile, type PactFile } from './pact-files.js';
import { applyState, knownStates, loadStateMap, parseStateMap, planStates, type StateMap, type StatePlan } from './provider-states.js';
import { buildReport, coreInteractionName, type FileVerification, type VerifierResults } from './report.js';

export type { StateMap, StateSetup } from './provider-states.js';
export type { ConsumerVersionSelector } from './pact-broker.js';

export type PactLogLevel = 'trace' | 'debug' | 'info' | 'warn' | 'error';

export interface VerifyPactsOptions {
  /** Pact files; a directory among them stands for its `*.json` files. */
  pactFiles?: readonly string[];
  /** A directory of pact files (`*.json`, not recursive). */
  pactDir?: string;
  /** Provider state name -> `{ scenario?, seed?, steps? }` (or a scenario or seed set name), or the path of such a YAML/JSON file. */
  stateMap?: string | StateMap;
  /** Log level of the pact core and pact-js (default `error`). */
  logLevel?: PactLogLevel;
  /** Settings of the simulator the pacts are verified against (seed, timing, scenariosDir, fixturesDir, ...); it always listens on port 0. */
  simulator?: Omit<SimulatorOptions, 'port' | 'host'>;
  /** Milliseconds the verifier waits for each response (default 30000). */
  timeout?: number;

  // A Pact Broker (or PactFlow), with pact-js's Verifier option names; beside or instead of files.
  /** The broker's base URL; its pacts for `provider` are verified too. */
  pactBrokerUrl?: string;
  /** Bearer token (PactFlow); or pactBrokerUsername and pactBrokerPassword (basic auth). */
  pactBrokerToken?: string;
  pactBrokerUsername?: string;
  pactBrokerPassword?: string;
  /** The provider name the consumers' pacts use in the broker (required with pactBrokerUrl). */
  provider?: string;
  /** Which consumer versions' pacts, e.g. `[{ mainBranch: true }, { deployedOrReleased: true }]`. */
  consumerVersionSelectors?: ConsumerVersionSelector[];
  /** Verify pending pacts too; their failures are reported but do not fail the run. */
  enablePending?: boolean;
  /** Publish the results to the broker, as `providerVersion` (required) on `providerVersionBranch`. */
  publishVerificationResult?: boolean;
  providerVersion?: string;
  providerVersionBranch?: string;
}

export interface VerifyPactsResult {
  passed: boolean;
  report: string;
}

/** The tenant every request of the current interaction lands in (MX-Client-ID is rewritten to it). */
class TenantRotation {
  #count = 0;
  current = 'pact-0';
  /** Values set up by the current interaction's states so far, handed to fromProviderState. */
  values: Record<string, string> = {};

  constructor(private readonly sim: Simulator) {}

  next(): void {
    this.#count += 1;
    this.current = `pact-${this.#count}`;
    this.values = {};
    this.sim.reset({ clientId: this.current });
  }
}

type StateHandlers = NonNullable<VerifierOptions['stateHandlers']>;
type MessageProviders = NonNullable<VerifierOptions['messageProviders']>;

/**
 * The file's asynchronous messages (MX webhooks), each answered with the payload the simulator's
 * builders make for the member its provider states set up. Messages are keyed by description; one
 * description under several provider states is told apart by the states the core sends.
 */
async function messageProviders(sim: Simulator, pact: PactFile, tenants: TenantRotation, errors: Map<string, string>): Promise<MessageProviders | undefined> {
  const messages = pact.interactions.filter(isMessage);
  if (messages.length === 0) return undefined;
  // the builders and their validators load only for pacts that have messages
  const { webhookForMessage } = await import('./webhook-messages.js');
  const providers: MessageProviders = {};
  for (const description of new Set(messages.map((message) => message.description))) {
    providers[description] = async (descriptor) => {
      const states = (descriptor.providerStates ?? []).map((state) => state.name);
      const same = messages.filter((message) => message.description === description);
      const interaction = same.find((message) => JSON.stringify(message.states) === JSON.stringify(states)) ?? same[0]!;
      try {
        return webhookForMessage(interaction, { values: tenants.values, nowMs: Date.parse(sim.clock.now({ clientId: tenants.current })) });
      } catch (error) {
        errors.set(coreInteractionName(pact, interaction), (error as Error).message);
        throw error;
      }
    };
  }
  return providers;
}

function stateHandlers(sim: Simulator, plans: Map<string, StatePlan>, tenants: TenantRotation, problems: string[]): StateHandlers {
  const handlers: StateHandlers = {
    // Interactions without a state: the core still calls setup with "", which starts a fresh tenant (beforeEach).
    '': async () => ({}),
  };
  for (const plan of plans.values()) {
    handlers[plan.state] = async () => {
      try {
        Object.assign(tenants.values, await applyState(sim, plan, tenants.current));
        return { ...tenants.values };
      } catch (error) {
        problems.push(`Setting up provider state "${plan.state}" (${plan.source}) failed: ${(error as Error).message}`);
        throw error;
      }
    };
  }
  return handlers;
}

/** The JSON the pact core answers (resolved on success, the rejection's message on failure), or the failure text. */
function parseResults(text: string): VerifierResults | undefined {
  try {
    const parsed = JSON.parse(text) as unknown;
    return parsed && typeof parsed === 'object' && 'result' in parsed ? (parsed as VerifierResults) : undefined;
  } catch {
    return undefined;
  }
}

async function loadPact(): Promise<typeof import('@pact-foundation/pact') | string> {
  try {
    return await import('@pact-foundation/pact');
  } catch (error) {
    return `@pact-foundation/pact could not be loaded (${(error as Error).message}). Install it next to atrium-mock: npm i -D @pact-foundation/pact@16.4.0`;
  }
}

/** Checks the broker options and reads the broker's pacts; every problem goes to `problems`. */
async function brokerPacts(options: VerifyPactsOptions, problems: string[]): Promise<BrokerPact[]> {
  const before = problems.length;
  if (!options.provider) problems.push('pactBrokerUrl needs provider (--provider): the provider name the consumers\' pacts use in the broker.');
  if (options.pactBrokerToken && options.pactBrokerUsername !== undefined) problems.push('Give the Pact Broker a token or a username and password, not both.');
  if ((options.pactBrokerUsername === undefined) !== (options.pactBrokerPassword === undefined)) problems.push('A Pact Broker username needs its password, and a password its username.');
  if (options.publishVerificationResult && !options.providerVersion) {
    problems.push('publishVerificationResult needs providerVersion (--provider-version): the version of the provider the results are for.');
  }
  (options.consumerVersionSelectors ?? []).forEach((selector, index) => {
    const checked = consumerVersionSelectorSchema.safeParse(selector);
    if (!checked.success) problems.push(`consumerVersionSelectors[${index}] ${JSON.stringify(selector)}: ${checked.error.issues.map((issue) => issue.message).join('; ')}; a selector has ${Object.keys(consumerVersionSelectorSchema.shape).join(', ')}.`);
  });
  if (problems.length > before) return [];
  const fetched = await fetchBrokerPacts({ ...options, pactBrokerUrl: options.pactBrokerUrl!, provider: options.provider! });
  problems.push(...fetched.problems);
  return fetched.pacts;
}

/**
 * One verifier run over several broker pacts answers one set of results: each pact gets the
 * errors that name its interactions (errors that name none go to the first, so they count once).
 */
function perPact(pacts: BrokerPact[], outcome: VerifierResults | string): FileVerification[] {
  if (typeof outcome === 'string') return pacts.map((pact, index) => (index === 0 ? { pact, crash: outcome } : { pact, crash: 'see the first pact from the broker' }));
  const names = pacts.map((pact) => new Set(pact.interactions.map((interaction) => coreInteractionName(pact, interaction))));
  const owner = (error: { interaction?: string }) => names.findIndex((set) => set.has(error.interaction ?? ''));
  return pacts.map((pact, index) => {
    const mine = (error: { interaction?: string }) => owner(error) === index || (owner(error) === -1 && index === 0);
    return { pact, results: { ...outcome, errors: (outcome.errors ?? []).filter(mine), pendingErrors: (outcome.pendingErrors ?? []).filter(mine) } };
  });
}

/**
 * Verifies the pacts against a fresh in-process simulator. Never throws for bad input (missing
 * files, unknown states, mismatches): it answers `passed: false` and says why in the report.
 */
export async function verifyPacts(options: VerifyPactsOptions): Promise<VerifyPactsResult> {
  const problems: string[] = [];
  const paths = [...(options.pactDir !== undefined ? [options.pactDir] : []), ...(options.pactFiles ?? [])];
  if (paths.length === 0 && options.pactBrokerUrl === undefined) problems.push('No pacts given: pass pact files (pactFiles or pactDir) or a Pact Broker (pactBrokerUrl).');
  const found = findPactFiles(paths);
  problems.push(...found.problems);
  const pacts: PactFile[] = [];
  for (const file of found.files) {
    const read = readPactFile(file);
    if (typeof read === 'string') problems.push(read);
    else pacts.push(read);
  }

  const filePacts = [...pacts];
  const broker = options.pactBrokerUrl !== undefined ? await brokerPacts(options, problems) : [];
  if (options.pactBrokerUrl === undefined) {
    for (const [option, set] of [['publishVerificationResult', options.publishVerificationResult], ['consumerVersionSelectors', options.consumerVersionSelectors]] as const) {
      if (set) problems.push(`${option} needs pactBrokerUrl (--broker-url): pact files on disk have no broker to select from or publish to.`);
    }
  }
  pacts.push(...broker);

  let stateMap: StateMap | undefined;
  try {
    stateMap = typeof options.stateMap === 'string' ? loadStateMap(options.stateMap) : parseStateMap(options.stateMap ?? {}, 'the stateMap option');
  } catch (error) {
    problems.push(error instanceof DataFileError ? error.message : String(error));
  }

  if (pacts.length === 0) return buildReport({ files: [], plans: new Map(), problems });
  let sim: Simulator;
  try {
    sim = await createSimulator({ ...options.simulator, port: 0 });
  } catch (error) {
    return buildReport({ files: [], plans: new Map(), problems: [...problems, `The simulator did not start: ${(error as Error).message}`] });
  }
  try {
    const uses = new Map<string, string>();
    for (const pact of pacts) {
      for (const interaction of pact.interactions) {
        for (const state of interaction.states) if (!uses.has(state)) uses.set(state, `used by "${interaction.description}" in ${pact.path}`);
      }
    }
    const known = knownStates(sim);
    // With a broken states file, its own problems say enough.
    const { plans, problems: stateProblems } = stateMap ? planStates(uses, stateMap, known) : { plans: new Map<string, StatePlan>(), problems: [] };
    if (stateProblems.length) {
      problems.push(
        ...stateProblems,
        `Known scenarios: ${known.scenarios.join(', ')}.`,
        `Known seed sets: ${known.seedSets.join(', ')}.`,
        'Name your provider states after a scenario or a seed set, or map them in a states file (--states states.yml): "my state": { seed: connected-mxbank-member }.',
      );
    }
    if (problems.length > 0) return buildReport({ files: [], plans, problems });

    const pact = await loadPact();
    if (typeof pact === 'string') return buildReport({ files: [], plans, problems: [pact] });

    const tenants = new TenantRotation(sim);
    const verifierOptions = (providers: MessageProviders | undefined): VerifierOptions => ({
      // HTTP interactions go to the simulator, messages (webhooks) to the payload builders, in one run
      providerBaseUrl: sim.url,
      ...(providers ? { messageProviders: providers } : {}),
      logLevel: options.logLevel ?? 'error',
      ...(options.timeout !== undefined ? { timeout: options.timeout } : {}),
      stateHandlers: stateHandlers(sim, plans, tenants, problems),
      beforeEach: async () => tenants.next(),
      requestFilter: (req: IncomingMessage, _res: unknown, next: () => void) => {
        // Send the request to the tenant its states were set up in (requests without credentials stay without).
        if (req.headers['mx-client-id'] !== undefined) req.headers['mx-client-id'] = tenants.current;
        // The core sends a bodiless POST without Content-Length, and pact-js's proxy would forward it
        // chunked, which the simulator reads as a body without a media type (415). Say "no body" as clients do.
        if (req.headers['content-length'] === undefined && req.headers['transfer-encoding'] === undefined) req.headers['content-length'] = '0';
        next();
      },
    });
    const run = async (verifier: InstanceType<typeof pact.Verifier>): Promise<VerifierResults | string> => {
      try {
        return parseResults(await verifier.verifyProvider()) ?? {};
      } catch (error) {
        const message = (error as Error).message ?? String(error);
        return parseResults(message) ?? message;
      }
    };
    const files: FileVerification[] = [];
    for (const file of filePacts) {
      const messageErrors = new Map<string, string>();
      const providers = await messageProviders(sim, file, tenants, messageErrors);
      // no provider name: pact-js would add a broker source for any PACT_BROKER_BASE_URL in the environment
      const outcome = await run(new pact.Verifier({ ...verifierOptions(providers), pactUrls: [file.path] }));
      files.push(typeof outcome === 'string' ? { pact: file, crash: outcome } : { pact: file, results: outcome, messageErrors });
    }
    if (broker.length > 0) {
      // the core fetches the same pacts again, verifies them, and publishes the results where the broker says
      const messageErrors = new Map<string, string>();
      const providers = await messageProviders(sim, { path: options.pactBrokerUrl!, consumer: '(broker)', provider: options.provider!, interactions: broker.flatMap((pact) => pact.interactions) }, tenants, messageErrors);
      const outcome = await run(
        new pact.Verifier({
          ...verifierOptions(providers),
          provider: options.provider!,
          pactBrokerUrl: options.pactBrokerUrl!,
          ...(options.pactBrokerToken ? { pactBrokerToken: options.pactBrokerToken } : {}),
          ...(options.pactBrokerUsername !== undefined ? { pactBrokerUsername: options.pactBrokerUsername, pactBrokerPassword: options.pactBrokerPassword ?? '' } : {}),
          consumerVersionSelectors: options.consumerVersionSelectors ?? [],
          ...(options.enablePending ? { enablePending: true } : {}),
          ...(options.providerVersionBranch !== undefined ? { providerVersionBranch: options.providerVersionBranch } : {}),
          ...(options.publishVerificationResult ? { publishVerificationResult: true, providerVersion: options.providerVersion! } : {}),
        }),
      );
      files.push(...perPact(broker, outcome).map((verification) => ('results' in verification ? { ...verification, messageErrors } : verification)));
    }
    return buildReport({ files, plans, problems });
  } finally {
    await sim.close();
  }
}
