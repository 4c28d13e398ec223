import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { DataFileError, describeMalformedJson } from '../simulation/data-file.js';
import { errorReply } from './errors.js';
import type { Reply } from './reply.js';

/** The header that carries the admin key (cross-tenant control-plane operations, any tenant). */
export const ADMIN_KEY_HEADER = 'x-mock-admin-key';

const digest = (text: string): Buffer => createHash('sha256').update(text).digest();
/** What an unknown client's key is compared with (made on first use: a start without a clients file needs no hashing). */
let unknownClient: Buffer | undefined;

/** Compares two secrets in time that does not depend on where they differ. */
export function sameSecret(given: string, expected: Buffer): boolean {
  return timingSafeEqual(digest(given), expected);
}

function single(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Who may act as which tenant. Without a clients file (local mode) anyone who reaches the port
 * can act as any tenant. With one, a tenant is reached only with its own MX-API-Key, and
 * operations across tenants need the admin key (refused when none is configured).
 */
export class ClientKeys {
  readonly #clients: Map<string, Buffer> | null;
  readonly #admin: Buffer | null;

  constructor(clients: ReadonlyMap<string, string> | null, adminKey: string | null) {
    this.#clients = clients && new Map([...clients].map(([id, key]) => [id, digest(key)]));
    this.#admin = adminKey === null ? null : digest(adminKey);
  }

  /** Whether a clients file decides who is who. */
  get guarded(): boolean {
    return this.#clients !== null;
  }

  /** Whether the request carries the configured admin key. */
  isAdmin(headers: IncomingHttpHeaders): boolean {
    const given = single(headers, ADMIN_KEY_HEADER);
    return this.#admin !== null && given !== undefined && sameSecret(given, this.#admin);
  }

  /** Whether `apiKey` is the key of `clientId` (always true in local mode). */
  matches(clientId: string, apiKey: string | undefined): boolean {
    if (!this.#clients) return true;
    const expected = this.#clients.get(clientId);
    // compare even for an unknown client, so timing does not tell which client ids exist
    const same = sameSecret(apiKey ?? '', expected ?? (unknownClient ??= digest('\u0000no such client\u0000')));
    return same && expected !== undefined;
  }

  /** Why an Atrium request may not act as its MX-Client-ID, or null when it may. */
  checkAtrium(headers: IncomingHttpHeaders): Reply | null {
    const apiKey = single(headers, 'mx-api-key');
    const clientId = single(headers, 'mx-client-id');
    if (apiKey === undefined || clientId === undefined) return errorReply(401, 'Unauthorized: send your MX-API-Key and MX-Client-ID headers.');
    if (!this.matches(clientId, apiKey) && !this.isAdmin(headers)) return errorReply(401, 'Unauthorized: the MX-API-Key does not match this MX-Client-ID.');
    return null;
  }

  /** Why a control-plane request may not act as its MX-Client-ID, or null when it may. */
  checkTenant(headers: IncomingHttpHeaders): Reply | null {
    const clientId = single(headers, 'mx-client-id');
    if (clientId === undefined) return errorReply(401, 'Send MX-Client-ID to choose the tenant (with its MX-API-Key when the simulator has a clients file).');
    if (this.#clients && !this.isAdmin(headers) && !this.matches(clientId, single(headers, 'mx-api-key'))) {
      return errorReply(401, 'Unauthorized: the MX-API-Key does not match this MX-Client-ID.');
    }
    return null;
  }

  /** Why a request may not act across tenants (?scope=all), or null when it may. */
  checkAdmin(headers: IncomingHttpHeaders): Reply | null {
    if (this.isAdmin(headers)) return null;
    if (this.#admin === null && !this.#clients) return null;
    if (this.#admin === null) return errorReply(403, 'Operations across tenants are off: this simulator has a clients file and no --admin-key.');
    return errorReply(single(headers, ADMIN_KEY_HEADER) === undefined ? 401 : 403, `Operations across tenants need the admin key in the ${'X-Mock-Admin-Key'} header.`);
  }
}

/** Reads a clients file's JSON: an object of "client id": "api key" (keys of any name, __proto__ included). A bad file is described without quoting it: it holds keys. */
export function parseClients(json: string, file: string): Map<string, string> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new DataFileError(file, [describeMalformedJson(json, 'the file')], 'clients file');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed) || Object.values(parsed).some((key) => typeof key !== 'string' || key === '')) {
    throw new DataFileError(file, ['it must be a JSON object of "client id": "api key" (non-empty strings)'], 'clients file');
  }
  return new Map(Object.entries(parsed as Record<string, string>));
}
