import type { RequestListener } from 'node:http';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import request from 'supertest';
import { expect } from 'vitest';
import { buildDeps, createApp } from '../../src/app.js';
import { resolveConfig, type Config } from '../../src/config.js';
import { ManualClock } from '../../src/simulation/clock.js';
import { ATRIUM_ACCEPT } from '../support/test-app.js';

/** The headers an Atrium client sends, as the given tenant. */
export const mx = (tenant: string, apiKey = 'hostile-key') => ({ 'MX-API-Key': apiKey, 'MX-Client-ID': tenant, Accept: ATRIUM_ACCEPT });

/** JSON text nested `levels` deep: arrays in arrays, or objects in objects. */
export const nestedArrays = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;
export const nestedObjects = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

/** The tenant's whole state as GET /__mock/state shows it. */
export async function stateOf(app: RequestListener, tenant: string, headers: Record<string, string> = {}): Promise<unknown> {
  const response = await request(app).get('/__mock/state').set({ 'MX-Client-ID': tenant, ...headers });
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

/** The answer is `status` with MX's error body, exactly {"error":{"message":...}} (plus mock_error when the simulator says it is at fault); returns the message. */
export function mxError(response: { status: number; body: unknown; text?: string }, status: number): string {
  expect(response.status, response.text).toBe(status);
  const body = response.body as { error?: { message?: unknown; mock_error?: unknown } };
  expect(Object.keys(body)).toEqual(['error']);
  expect(typeof body.error!.message).toBe('string');
  expect(Object.keys(body.error!).filter((key) => key !== 'mock_error')).toEqual(['message']);
  return body.error!.message as string;
}

/** GET /__mock/health still answers. */
export async function expectHealthy(app: RequestListener | string): Promise<void> {
  if (typeof app === 'string') {
    const response = await fetch(`${app}/__mock/health`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as { status: string }).status).toBe('ok');
    return;
  }
  const response = await request(app).get('/__mock/health');
  expect(response.status).toBe(200);
  expect(response.body.status).toBe('ok');
}

/** A clients file in a fresh directory. */
export function clientsFile(clients: Record<string, string>): string {
  const file = join(mkdtempSync(join(tmpdir(), 'hostile-clients-')), 'clients.json');
  writeFileSync(file, JSON.stringify(clients));
  return file;
}

/** An app like createTestApp's whose log lines (JSON, level info) are kept in `lines`. */
export function appWithLogs(overrides: Partial<Record<keyof Config, unknown>> = {}): { app: RequestListener; lines: string[] } {
  const lines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(line) });
  const config = resolveConfig({ seed: 'test-seed', responseValidation: 'strict', ...overrides });
  const deps = buildDeps(config, { clock: new ManualClock('2026-01-15T12:00:00Z'), logger, sleep: async () => undefined });
  return { app: createApp(deps), lines };
}
