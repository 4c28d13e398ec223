/**
 * Pact helpers shared by the consumer and provider projects: where pacts go, interactions as
 * data, matchers for generated guids, and mock servers in phases for workflows that read the same
 * URL more than once.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MatchersV3, PactV4, type Matcher } from '@pact-foundation/pact';
import { createAtriumClient, type AtriumClient } from '../../src/client/index.js';
import { ATRIUM_JSON } from '../../src/client/types.js';
import { PACT_DIR } from './pact-dir.js';

export { PACT_DIR, ATRIUM_JSON };
export { failureOf, noWait } from '../client/helpers.js';

export const CONSUMER = 'atrium-reference-client';
export const PROVIDER = 'mx-atrium';
/** The webhooks MX sends, as Pact V4 asynchronous messages: a pact file of their own, apart from the HTTP pact. */
export const WEBHOOK_PROVIDER = 'mx-atrium-webhooks';

const HEX = (length: number) => `[0-9a-f]{${length}}`;
const GUID_BODY = [8, 4, 4, 4, 12].map(HEX).join('-');

/** A guid the provider generates while answering (e.g. the user a POST creates): its shape, not its value. */
export const generatedGuid = (prefix: string, example: string) => MatchersV3.regex(new RegExp(`^${prefix}-${GUID_BODY}$`), example);

type StateInjected = Matcher<string> & { regex: string; expression: string };

/**
 * A value the provider state created (`${user_guid}`, `${member_guid}`, `${challenge_guid}`): the
 * verifier injects the real one, the consumer side checks the shape with a regex.
 */
function injected(expression: string, regex: string, example: string): StateInjected {
  return { 'pact:matcher:type': 'regex', regex, 'pact:generator:type': 'ProviderState', expression, value: example };
}

export const stateGuid = (name: string, prefix: string, example: string): StateInjected => injected(`\${${name}}`, `^${prefix}-${GUID_BODY}$`, example);

const PLACEHOLDER_SHAPES: Record<string, string> = { user_guid: `USR-${GUID_BODY}`, member_guid: `MBR-${GUID_BODY}` };

/**
 * A path with `${user_guid}` / `${member_guid}` filled by the provider state. A regex (not a type
 * matcher) so that the mock server tells `/status` from `/challenges`.
 */
export function statePath(template: string, example: string): StateInjected {
  const regex = template
    .split(/(\$\{\w+\})/)
    .map((part) => {
      const name = /^\$\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
      const shape = PLACEHOLDER_SHAPES[name];
      if (!shape) throw new Error(`statePath: no shape for \${${name}}`);
      return shape;
    })
    .join('');
  return injected(template, `^${regex}$`, example);
}

/** One request and the response the client expects, as data. */
export interface Exchange {
  description: string;
  /** Provider states: seed set or scenario names (see src/contract/provider-states.ts). */
  states?: readonly string[];
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string | Matcher<string>;
  query?: Record<string, string>;
  /** A JSON request body. */
  body?: unknown;
  /** Sent without MX-API-Key / MX-Client-ID. */
  anonymous?: boolean;
  status: number;
  /** The JSON response body (only what the client relies on; the provider may send more). */
  response?: unknown;
}

/** Adds an exchange to a V4 pact. The response's Content-Type is stated as a plain value, never as a matcher. */
export function addExchange(pact: PactV4, exchange: Exchange) {
  let interaction = pact.addInteraction();
  for (const state of exchange.states ?? []) interaction = interaction.given(state);
  return interaction
    .uponReceiving(exchange.description)
    .withRequest(exchange.method, exchange.path, (request) => {
      request.headers(
        exchange.anonymous
          ? { Accept: ATRIUM_JSON }
          : { 'MX-API-Key': MatchersV3.like('pact-api-key'), 'MX-Client-ID': MatchersV3.like('pact-client'), Accept: ATRIUM_JSON },
      );
      if (exchange.query) request.query(exchange.query);
      if (exchange.body !== undefined) request.headers({ 'Content-Type': 'application/json' }).jsonBody(exchange.body);
    })
    .willRespondWith(exchange.status, (response) => {
      // jsonBody alone would state application/json; Atrium answers its vnd type (with a charset the verifier ignores).
      if (exchange.response !== undefined) response.headers({ 'Content-Type': ATRIUM_JSON }).jsonBody(exchange.response);
    });
}

export const newPact = (dir = PACT_DIR): PactV4 => new PactV4({ consumer: CONSUMER, provider: PROVIDER, dir, logLevel: 'error' });

type Executable = { executeTest<T>(test: (server: { url: string; port: number }) => Promise<T>): Promise<T | undefined> };

/**
 * executeTest, but the check that every interaction was received waits until the mock server has
 * recorded the last match: pact 16.4's core records it after answering, so under CPU load the
 * check can run first and report a request that was received as missing
 * (pact-foundation/pact-reference#535, pact-core-mock-server#13). Waits for a condition, at most 2 s.
 */
export async function executeSettled<T>(pact: PactV4, interaction: Executable, test: (server: { url: string; port: number }) => Promise<T>): Promise<T> {
  return (await interaction.executeTest(async (server) => {
    const result = await test(server);
    const handle = (pact as unknown as { pact?: { mockServerMatchedSuccessfully?(port: number): boolean } }).pact;
    const deadline = Date.now() + 2_000;
    while (handle?.mockServerMatchedSuccessfully && !handle.mockServerMatchedSuccessfully(server.port) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return result;
  })) as T;
}

/** The calls of one phase, and the call after whose response the client moves to the next phase. */
export interface Phase {
  exchanges: readonly Exchange[];
  until?: { method: string; path: RegExp; status?: number };
}

/**
 * A Pact mock server matches each request on its own, so it cannot answer the same request
 * (`GET .../status`) first with "CHALLENGED" and later with "CONNECTED". A workflow that polls is
 * therefore run in phases: one mock server per phase, started together, and a `fetch` for the
 * client that sends every request to the current phase's server and moves on after the phase's
 * `until` call. Each mock server still checks that its phase's interactions all happened.
 */
export async function inPhases<T>(phases: readonly Phase[], test: (fetch: typeof globalThis.fetch) => Promise<T>, dir = PACT_DIR): Promise<T> {
  const urls: string[] = [];
  let current = 0;
  const router: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const response = await fetch(`${urls[current]}${url.pathname}${url.search}`, init);
    const until = phases[current]?.until;
    const method = init?.method ?? 'GET';
    if (until && current < phases.length - 1 && until.method === method && until.path.test(url.pathname) && (until.status === undefined || until.status === response.status)) {
      current += 1;
    }
    return response;
  };
  const start = async (index: number): Promise<T> => {
    if (index === phases.length) return test(router);
    const pact = newPact(dir);
    const builders = phases[index]!.exchanges.map((exchange) => addExchange(pact, exchange));
    const last = builders.at(-1);
    if (!last) throw new Error(`phase ${index + 1} has no exchanges`);
    return executeSettled(pact, last, (server) => {
      urls[index] = server.url;
      return start(index + 1);
    });
  };
  const result = await start(0);
  removeDuplicateInteractions(join(dir, `${CONSUMER}-${PROVIDER}.json`));
  return result;
}

/**
 * The pact core (ffi 0.5.4) appends an interaction again when a later test writes the same one
 * (pact-foundation/pact-reference#389), so the file would list each shared exchange once per test.
 * Keep one of each; two different interactions under one description and state are a mistake.
 */
export function removeDuplicateInteractions(file: string): void {
  if (!existsSync(file)) return;
  const pact = JSON.parse(readFileSync(file, 'utf8')) as { interactions: { description: string; providerStates?: { name: string }[] }[] };
  const seen = new Map<string, string>();
  const unique = pact.interactions.filter((interaction) => {
    const key = JSON.stringify([interaction.description, interaction.providerStates ?? []]);
    const content = JSON.stringify(interaction);
    const earlier = seen.get(key);
    if (earlier !== undefined && earlier !== content) throw new Error(`${file}: two different interactions "${interaction.description}" with the same provider states`);
    seen.set(key, content);
    return earlier === undefined;
  });
  if (unique.length !== pact.interactions.length) writeFileSync(file, `${JSON.stringify({ ...pact, interactions: unique }, null, 2)}\n`);
}

/** The reference client as an application configures it; `fetch` is the phase router (the base URL is not used). */
export const pactClient = (fetch: typeof globalThis.fetch): AtriumClient =>
  createAtriumClient({ baseUrl: 'http://atrium.pact', apiKey: 'pact-api-key', clientId: 'pact-client', fetch });
