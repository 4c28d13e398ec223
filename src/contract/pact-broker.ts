/**
 * Reading the pacts a Pact Broker (or PactFlow) has for a provider, the way the pact core does:
 * the index, its `pb:provider-pacts-for-verification` link, a POST with the consumer version
 * selectors, then each pact. verifyPacts reads them first to plan the provider states and the
 * report; the pact core then fetches the same pacts itself, verifies them and publishes results.
 */
import { z } from 'zod';
import { parsePact, type PactFile } from './pact-files.js';

/** pact-js's ConsumerVersionSelector: which consumer versions' pacts to verify. */
export const consumerVersionSelectorSchema = z.strictObject({
  mainBranch: z.boolean().optional(),
  branch: z.string().min(1).optional(),
  matchingBranch: z.boolean().optional(),
  fallbackBranch: z.string().min(1).optional(),
  deployedOrReleased: z.boolean().optional(),
  deployed: z.boolean().optional(),
  released: z.boolean().optional(),
  environment: z.string().min(1).optional(),
  tag: z.string().min(1).optional(),
  fallbackTag: z.string().min(1).optional(),
  latest: z.boolean().optional(),
  consumer: z.string().min(1).optional(),
});
export type ConsumerVersionSelector = z.infer<typeof consumerVersionSelectorSchema>;

export interface PactBrokerSource {
  /** The broker's base URL, e.g. https://my-org.pactflow.io. */
  pactBrokerUrl: string;
  /** A bearer token (PactFlow), or a username and password (basic auth), or neither. */
  pactBrokerToken?: string | undefined;
  pactBrokerUsername?: string | undefined;
  pactBrokerPassword?: string | undefined;
  /** The provider name the consumers' pacts use. */
  provider: string;
  consumerVersionSelectors?: ConsumerVersionSelector[] | undefined;
  /** Verify pending pacts too; their failures do not fail the run. */
  enablePending?: boolean | undefined;
  /** The branch of the provider version being verified (also what the broker uses to select pending pacts). */
  providerVersionBranch?: string | undefined;
}

/** A pact as the broker lists it: the document, and why the broker says it is to be verified. */
export interface BrokerPact extends PactFile {
  pending: boolean;
  notices: string[];
}

type Json = Record<string, unknown>;

class BrokerProblem extends Error {}

function authorization(source: PactBrokerSource): Record<string, string> {
  if (source.pactBrokerToken) return { Authorization: `Bearer ${source.pactBrokerToken}` };
  if (source.pactBrokerUsername !== undefined) {
    return { Authorization: `Basic ${Buffer.from(`${source.pactBrokerUsername}:${source.pactBrokerPassword ?? ''}`).toString('base64')}` };
  }
  return {};
}

async function hal(source: PactBrokerSource, method: 'GET' | 'POST', url: string, body?: unknown): Promise<Json> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { Accept: 'application/hal+json, application/json', ...authorization(source), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error) {
    throw new BrokerProblem(`The Pact Broker did not answer ${method} ${url}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message}.`);
  }
  const text = await response.text();
  if (response.status === 401 || response.status === 403) {
    throw new BrokerProblem(`The Pact Broker answered ${response.status} to ${method} ${url}: check --broker-token, or --broker-username and --broker-password.`);
  }
  if (!response.ok) throw new BrokerProblem(`The Pact Broker answered ${response.status} to ${method} ${url}: ${text.slice(0, 200)}`);
  try {
    return JSON.parse(text) as Json;
  } catch {
    throw new BrokerProblem(`The Pact Broker answered ${method} ${url} with something that is not JSON: ${text.slice(0, 100)}`);
  }
}

const linkOf = (document: Json, relation: string): string | undefined => {
  const href = ((document._links as Json | undefined)?.[relation] as Json | undefined)?.href;
  return typeof href === 'string' ? href : undefined;
};

/** The pacts the broker has for the provider and selectors, or the problems that kept them away. */
export async function fetchBrokerPacts(source: PactBrokerSource): Promise<{ pacts: BrokerPact[]; problems: string[] }> {
  try {
    const index = await hal(source, 'GET', source.pactBrokerUrl);
    const template = linkOf(index, 'pb:provider-pacts-for-verification');
    if (!template) throw new BrokerProblem(`${source.pactBrokerUrl} is not a Pact Broker index: it has no "pb:provider-pacts-for-verification" link.`);
    const listed = await hal(source, 'POST', template.replace('{provider}', encodeURIComponent(source.provider)), {
      consumerVersionSelectors: source.consumerVersionSelectors ?? [],
      includePendingStatus: source.enablePending ?? false,
      ...(source.providerVersionBranch !== undefined ? { providerVersionBranch: source.providerVersionBranch } : {}),
    });
    const entries = (((listed._embedded as Json | undefined)?.pacts ?? []) as Json[]).filter((entry) => linkOf(entry, 'self'));
    if (entries.length === 0) {
      const selectors = JSON.stringify(source.consumerVersionSelectors ?? []);
      return { pacts: [], problems: [`The Pact Broker has no pacts for the provider "${source.provider}" with the consumer version selectors ${selectors}.`] };
    }
    const pacts: BrokerPact[] = [];
    const problems: string[] = [];
    for (const entry of entries) {
      const url = linkOf(entry, 'self')!;
      const parsed = parsePact(await hal(source, 'GET', url), url);
      if (typeof parsed === 'string') {
        problems.push(parsed);
        continue;
      }
      const properties = (entry.verificationProperties ?? {}) as { pending?: unknown; notices?: { text?: unknown }[] };
      const notices = (properties.notices ?? []).map((notice) => notice.text).filter((text): text is string => typeof text === 'string');
      pacts.push({ ...parsed, pending: properties.pending === true, notices });
    }
    return { pacts, problems };
  } catch (error) {
    if (error instanceof BrokerProblem) return { pacts: [], problems: [error.message] };
    throw error;
  }
}
