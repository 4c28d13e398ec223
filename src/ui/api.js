// How the page talks to the simulator: the public control plane (/__mock/...) and the Atrium API,
// with the headers a client sends. Keys live in this object and in the tab's sessionStorage only.

const STORAGE_KEY = 'atrium-mock-inspector';
export const ATRIUM_ACCEPT = 'application/vnd.mx.atrium.v1+json';
/** Atrium wants some MX-API-Key; without a clients file any value is accepted, and the admin key reaches any tenant. */
const PLACEHOLDER_API_KEY = 'atrium-mock-inspector';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
  }
}

const text = (value) => (typeof value === 'string' ? value : '');

/** The sign-in this tab remembers (sessionStorage ends with the tab), or null. */
export function loadSession() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null');
    if (!saved || typeof saved.clientId !== 'string' || saved.clientId === '') return null;
    return { clientId: saved.clientId, apiKey: text(saved.apiKey), adminKey: text(saved.adminKey), tenant: text(saved.tenant) || saved.clientId };
  } catch {
    return null;
  }
}

export function saveSession(session) {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession() {
  sessionStorage.removeItem(STORAGE_KEY);
}

/** The page is served at /__mock/ui: "overview" is /__mock/overview and "../users" is /users, also behind a path prefix. */
const urlOf = (path) => new URL(path, document.baseURI);

async function send(method, path, headers, body) {
  const init = { method, headers: { ...headers }, cache: 'no-store' };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(urlOf(path), init);
  } catch {
    throw new ApiError(0, 'The simulator cannot be reached; is it still running?');
  }
  const raw = await response.text();
  let parsed = null;
  try {
    parsed = raw === '' ? null : JSON.parse(raw);
  } catch {
    parsed = null;
  }
  if (!response.ok) {
    const message = parsed?.error?.message ?? `${method} ${path} answered ${response.status}.`;
    throw new ApiError(response.status, message);
  }
  return { status: response.status, body: parsed };
}

export class Api {
  /** session: { clientId, apiKey, adminKey, tenant } (tenant: the one shown, the client id unless the admin picked another) */
  constructor(session) {
    this.session = session;
  }

  get tenant() {
    return this.session.tenant || this.session.clientId;
  }

  #identity(tenant, apiKey) {
    const headers = { 'MX-Client-ID': tenant };
    if (apiKey) headers['MX-API-Key'] = apiKey;
    if (this.session.adminKey) headers['X-Mock-Admin-Key'] = this.session.adminKey;
    return headers;
  }

  /** A control-plane call for the tenant shown; resolves with the JSON body (null for 204). */
  async control(method, path, body) {
    return (await send(method, path, { Accept: 'application/json', ...this.#identity(this.tenant, this.session.apiKey) }, body)).body;
  }

  /** The tenant list: every tenant with the admin key (or without keys configured); a refusal otherwise. */
  async tenants() {
    return (await send('GET', 'tenants', { Accept: 'application/json', ...this.#identity(this.session.clientId, this.session.apiKey) })).body.tenants;
  }

  /** An Atrium API call as the tenant shown, with the headers an SDK sends; resolves with { status, body }. */
  atrium(method, path, body) {
    const headers = { Accept: ATRIUM_ACCEPT, ...this.#identity(this.tenant, this.session.apiKey || PLACEHOLDER_API_KEY) };
    return send(method, `../${path.replace(/^\//, '')}`, headers, body);
  }
}
