import { atriumHeaders } from '../atrium.js';

/** What went wrong in the soak: unexpected statuses (5xx apart), with a few examples. */
export class SoakTally {
  requests = 0;
  unexpected = 0;
  serverErrors = 0;
  readonly examples: string[] = [];
  readonly byAction = new Map<string, number>();

  count(action: string): void {
    this.byAction.set(action, (this.byAction.get(action) ?? 0) + 1);
  }

  wrong(what: string): void {
    this.unexpected += 1;
    if (this.examples.length < 10) this.examples.push(what);
  }
}

/** HTTP for the soak: every answer is checked against the statuses the caller accepts. */
export class SoakClient {
  constructor(
    readonly origin: string,
    readonly clientId: string,
    readonly tally: SoakTally,
  ) {}

  async raw(method: string, path: string, body?: string): Promise<number> {
    this.tally.requests += 1;
    const response = await fetch(`${this.origin}${path}`, { method, headers: atriumHeaders(this.clientId), ...(body === undefined ? {} : { body }), signal: AbortSignal.timeout(30_000) });
    await response.arrayBuffer();
    if (response.status >= 500) this.tally.serverErrors += 1;
    return response.status;
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async call(expect: number[], method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
    this.tally.requests += 1;
    const response = await fetch(`${this.origin}${path}`, {
      method,
      headers: atriumHeaders(this.clientId),
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    if (response.status >= 500) this.tally.serverErrors += 1;
    if (!expect.includes(response.status)) this.tally.wrong(`${method} ${path.replace(/[A-Z]{3}-[0-9a-f-]{36}/g, (guid) => `${guid.slice(0, 3)}-...`)} answered ${response.status} (expected ${expect.join('/')}): ${text.slice(0, 160)}`);
    let parsed: unknown = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = null;
    }
    return { status: response.status, body: parsed };
  }
}
