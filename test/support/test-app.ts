import type { RequestListener } from 'node:http';
import request from 'supertest';
import { buildDeps, createApp, type AppDeps } from '../../src/app.js';
import { resolveConfig, type Config } from '../../src/config.js';
import { ManualClock } from '../../src/simulation/clock.js';

export const ATRIUM_ACCEPT = 'application/vnd.mx.atrium.v1+json';
export const MXBANK_USERNAME = 'CRD-9f61fb4c-912c-bd1e-b175-ccc7f0275cc1';
export const MXBANK_PASSWORD = 'CRD-e3d7ea81-aac7-05e9-fbdd-4b493c6e474d';

export interface TestApp {
  app: RequestListener;
  clock: ManualClock;
  deps: AppDeps;
  /** Latency faults do not really wait in tests: each requested wait is recorded here. */
  sleeps: number[];
  /** Requests as the given tenant (MX-Client-ID), with MX headers set. */
  as(clientId?: string): AtriumAgent;
}

/** One app per test: manual clock, fixed seed, strict response validation, silent logs. */
export function createTestApp(overrides: Partial<Record<keyof Config, unknown>> = {}): TestApp {
  const clock = new ManualClock('2026-01-15T12:00:00Z');
  const config = resolveConfig({ logLevel: 'silent', seed: 'test-seed', responseValidation: 'strict', ...overrides });
  const sleeps: number[] = [];
  const deps = buildDeps(config, { clock, sleep: async (ms) => void sleeps.push(ms) });
  const app = createApp(deps);
  return { app, clock, deps, sleeps, as: (clientId = 'client-a') => new AtriumAgent(app, clientId) };
}

let userCounter = 0;

export class AtriumAgent {
  constructor(
    readonly app: RequestListener,
    readonly clientId: string,
  ) {}

  #headers(test: request.Test): request.Test {
    return test.set('MX-API-Key', 'test-api-key').set('MX-Client-ID', this.clientId).set('Accept', ATRIUM_ACCEPT);
  }

  get(path: string) {
    return this.#headers(request(this.app).get(path));
  }

  post(path: string, body?: object) {
    const test = this.#headers(request(this.app).post(path));
    return body === undefined ? test : test.send(body);
  }

  put(path: string, body?: object) {
    const test = this.#headers(request(this.app).put(path));
    return body === undefined ? test : test.send(body);
  }

  delete(path: string) {
    return this.#headers(request(this.app).delete(path));
  }

  async createUser(fields: Record<string, unknown> = { identifier: `user-${(userCounter += 1)}` }): Promise<string> {
    const response = await this.post('/users', { user: fields }).expect(200);
    return response.body.user.guid as string;
  }

  /** An MX Bank member whose password picks the test behaviour (design.md section 5). */
  async createMember(userGuid: string, password = 'password', options: { skip_aggregation?: boolean; username?: string; institution_code?: string } = {}) {
    const response = await this.post(`/users/${userGuid}/members`, {
      member: {
        institution_code: options.institution_code ?? 'mxbank',
        credentials: [
          { guid: MXBANK_USERNAME, value: options.username ?? 'test_atrium' },
          { guid: MXBANK_PASSWORD, value: password },
        ],
        skip_aggregation: options.skip_aggregation ?? false,
      },
    }).expect(202);
    return response.body.member as { guid: string; [key: string]: unknown };
  }

  async status(userGuid: string, memberGuid: string) {
    const response = await this.get(`/users/${userGuid}/members/${memberGuid}/status`);
    if (response.status !== 200) throw new Error(`GET .../status answered ${response.status}: ${JSON.stringify(response.body)}`);
    return response;
  }

  /** Polls /status until the job is no longer running or waits for MFA; returns every status seen. */
  async pollUntilSettled(userGuid: string, memberGuid: string, maxPolls = 20) {
    const seen: Record<string, unknown>[] = [];
    for (let poll = 0; poll < maxPolls; poll += 1) {
      const { body } = await this.status(userGuid, memberGuid);
      seen.push(body.member);
      if (!body.member.is_being_aggregated || body.member.connection_status === 'CHALLENGED') return seen;
    }
    throw new Error(`member ${memberGuid} still aggregating after ${maxPolls} polls`);
  }
}
