import type { SoakClient } from './client.js';

/** Nesting depth of the deep-JSON inputs (SOAK_DEEP_JSON); 10,000 levels is still only ~20 KB. */
const DEPTH = Number(process.env.SOAK_DEEP_JSON ?? 10_000);
const count = DEPTH.toLocaleString('en-US');

/** Inputs no client should send; each must get a clear 4xx, never a 5xx or a hang. */
export const HOSTILE: { name: string; expect: number[]; send(client: SoakClient, user: string): Promise<number> }[] = [
  {
    name: '1 MB body',
    expect: [400, 413],
    send: (client) => client.raw('POST', '/users', `{"user":{"identifier":"${'x'.repeat(1024 * 1024)}"}}`),
  },
  {
    name: `deep JSON array (${count} levels)`,
    expect: [400, 413],
    send: (client) => client.raw('POST', '/users', `{"user":${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}`),
  },
  {
    name: `deep JSON object in a member body (${count} levels)`,
    expect: [400, 404, 413],
    send: (client, user) => client.raw('POST', `/users/${user}/members`, `{"member":${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}`),
  },
  { name: 'malformed JSON', expect: [400], send: (client) => client.raw('POST', '/users', '{"user": {"identifier": ') },
  { name: 'unknown route', expect: [404], send: (client) => client.raw('GET', '/users/USR-nope/nothing/here') },
  { name: 'unknown route, POST', expect: [404, 405], send: (client) => client.raw('POST', '/no_such_endpoint', '{}') },
  { name: 'bad percent escape', expect: [400, 404], send: (client) => client.raw('GET', '/users/%E0%A4%A') },
];
