import { afterAll, beforeAll } from 'vitest';
import { createAtriumClient, type AtriumClient, type AtriumClientOptions } from '../../src/client/index.js';
import { createSimulator, type Simulator, type SimulatorOptions } from '../../src/index.js';
import { MXBANK_LOGIN, MXBANK_PASSWORD } from './helpers.js';

export { failureOf, noWait } from './helpers.js';

/** One in-process simulator for the whole file (port 0, manual clock); tests keep apart through their tenants. */
export function sharedSimulator(options?: SimulatorOptions): { readonly url: string } {
  let sim: Simulator | undefined;
  beforeAll(async () => {
    sim = await createSimulator(options);
  });
  afterAll(() => sim?.close());
  return {
    get url() {
      if (!sim) throw new Error('the shared simulator is not started yet');
      return sim.url;
    },
  };
}

/** A simulator of its own for one test (another clock, timing or key file), closed afterwards. */
export async function withSimulator<T>(options: SimulatorOptions, use: (sim: Simulator) => Promise<T>): Promise<T> {
  const sim = await createSimulator(options);
  try {
    return await use(sim);
  } finally {
    await sim.close();
  }
}

export interface RecordedCall {
  method: string;
  path: string;
  status: number;
  headers: Headers;
}

let tenants = 0;

/** A fresh MX-Client-ID: every tenant of the simulator is its own world, so tests never share data. */
export function newTenant(prefix = 'client-test'): string {
  tenants += 1;
  return `${prefix}-${tenants}`;
}

/** A client on the simulator, in its own tenant, that records every call it makes (method, path, status). */
export function recordingClient(url: string, options: Partial<AtriumClientOptions> = {}): { client: AtriumClient; calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const client = createAtriumClient({
    baseUrl: url,
    apiKey: 'test-api-key',
    clientId: newTenant(),
    ...options,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      calls.push({ method: init?.method ?? 'GET', path: new URL(String(input)).pathname, status: response.status, headers: new Headers(init?.headers) });
      return response;
    },
  });
  return { client, calls };
}

/** A user (identifier `existing`) and an MX Bank member (password `password`) made directly through the client. */
export async function existingMember(client: AtriumClient, options: { skipAggregation: boolean }) {
  const { user } = await client.createUser({ body: { user: { identifier: 'existing' } } });
  const { member } = await client.createMember({
    user_guid: user.guid,
    body: {
      member: {
        institution_code: 'mxbank',
        skip_aggregation: options.skipAggregation,
        credentials: [
          { guid: MXBANK_LOGIN, value: 'test_atrium' },
          { guid: MXBANK_PASSWORD, value: 'password' },
        ],
      },
    },
  });
  return { user_guid: user.guid, member_guid: member.guid };
}

/** A new MX Bank connection whose password picks the simulated behaviour (README, Test credentials). */
export const mxbank = (password: string, username = 'test_atrium') => ({ institutionCode: 'mxbank', credentials: { username, password } });

export const statusesOf = (calls: RecordedCall[], suffix: string) => calls.filter((call) => call.path.endsWith(suffix)).map((call) => call.status);

/** Reads /status until the member's job stops (at most 20 reads); answers the last status. */
export async function pollUntilIdle(client: AtriumClient, ids: { user_guid: string; member_guid: string }) {
  for (let poll = 1; ; poll += 1) {
    const { member } = await client.readMemberStatus(ids);
    if (!member.is_being_aggregated) return member;
    if (poll === 20) throw new Error(`member ${ids.member_guid} still aggregating after 20 polls`);
  }
}
