/**
 * Builds simulator state the way users do: Atrium routes and the control plane over HTTP.
 */

export const ATRIUM_ACCEPT = 'application/vnd.mx.atrium.v1+json';
export const MXBANK_USERNAME_GUID = 'CRD-9f61fb4c-912c-bd1e-b175-ccc7f0275cc1';
export const MXBANK_PASSWORD_GUID = 'CRD-e3d7ea81-aac7-05e9-fbdd-4b493c6e474d';

export function atriumHeaders(clientId: string): Record<string, string> {
  return { 'MX-API-Key': 'bench', 'MX-Client-ID': clientId, Accept: ATRIUM_ACCEPT, 'Content-Type': 'application/json' };
}

export interface Answer {
  status: number;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

export class AtriumError extends Error {}

export class Atrium {
  constructor(
    readonly origin: string,
    readonly clientId: string,
  ) {}

  get headers(): Record<string, string> {
    return atriumHeaders(this.clientId);
  }

  async call(method: string, path: string, body?: unknown): Promise<Answer> {
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers: this.headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, text, body: parsed };
  }

  /** Like call, but any status other than `expected` stops the bench with what the simulator said. */
  async expect(expected: number | number[], method: string, path: string, body?: unknown): Promise<Answer> {
    const answer = await this.call(method, path, body);
    const accepted = Array.isArray(expected) ? expected : [expected];
    if (!accepted.includes(answer.status)) {
      throw new AtriumError(`${method} ${path} (tenant ${this.clientId}) answered ${answer.status}, expected ${accepted.join(' or ')}: ${answer.text.slice(0, 300)}`);
    }
    return answer;
  }

  async createUser(identifier: string): Promise<string> {
    return (await this.expect(200, 'POST', '/users', { user: { identifier } })).body.user.guid as string;
  }

  /** An MX Bank member; `username` tells several members of one user apart. */
  async createMember(user: string, username = 'test_atrium', password = 'password'): Promise<string> {
    const created = await this.expect(202, 'POST', `/users/${user}/members`, {
      member: {
        institution_code: 'mxbank',
        credentials: [
          { guid: MXBANK_USERNAME_GUID, value: username },
          { guid: MXBANK_PASSWORD_GUID, value: password },
        ],
      },
    });
    return created.body.member.guid as string;
  }

  /** Reads /status until the job is done; returns the last status body. */
  async pollUntilDone(user: string, member: string, maxPolls = 200): Promise<Answer> {
    for (let poll = 0; poll < maxPolls; poll += 1) {
      const answer = await this.expect(200, 'GET', `/users/${user}/members/${member}/status`);
      if (answer.body.member.is_being_aggregated === false) return answer;
    }
    throw new AtriumError(`member ${member} was still aggregating after ${maxPolls} status reads`);
  }

  /** A CONNECTED member whose first aggregation completed. */
  async createConnectedMember(user: string, username = 'test_atrium'): Promise<string> {
    const member = await this.createMember(user, username);
    const done = await this.pollUntilDone(user, member);
    if (done.body.member.connection_status !== 'CONNECTED') {
      throw new AtriumError(`member ${member} ended ${done.body.member.connection_status}, expected CONNECTED: ${done.text}`);
    }
    return member;
  }

  async extendHistory(user: string, member: string): Promise<void> {
    await this.expect([200, 202], 'POST', `/users/${user}/members/${member}/extend_history`);
    await this.pollUntilDone(user, member);
  }
}

/** Runs `work` over `items` with at most `concurrency` at a time; keeps the first error. */
export async function inParallel<T, R>(items: readonly T[], concurrency: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}
