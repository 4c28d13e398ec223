import { readFileSync } from 'node:fs';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { OpenAPIBackend, type Document, type Operation } from 'openapi-backend';
import { addFormats } from './ajv-formats.js';

/**
 * The spec loaded once per process: openapi-backend (quick mode, validators compiled on first
 * use) for request validation, and a radix router (find-my-way) built once from the same
 * operations, so a request's route is matched once.
 */
export interface SpecRuntime {
  api: OpenAPIBackend;
  routes: RouteTable;
  /** The dereferenced document, for response validation. */
  document: Document;
}

export interface Route {
  operation: Operation;
  method: string;
  /** The spec's template, e.g. `/users/{user_guid}`. */
  path: string;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'not_found' }
  | { kind: 'malformed'; segment: string }
  | { kind: 'method_not_allowed'; allow: string[] };

/** Path parameters may be long (test guids are not guid-shaped), but not unbounded. */
const MAX_PARAMETER_LENGTH = 2_048;

/** The first path segment whose percent-encoding does not decode, if any. */
function malformedSegment(path: string): string | undefined {
  if (!path.includes('%')) return undefined;
  for (const segment of path.split('/')) {
    try {
      decodeURIComponent(segment);
    } catch {
      return segment;
    }
  }
  return undefined;
}

export class RouteTable {
  readonly routes: Route[];
  readonly #router = FindMyWay({ ignoreTrailingSlash: true, maxParamLength: MAX_PARAMETER_LENGTH });
  readonly #methods: string[];
  readonly #byOperationId = new Map<string, Route>();

  constructor(operations: Operation[]) {
    this.routes = operations.map((operation) => ({ operation, method: operation.method.toUpperCase(), path: operation.path }));
    for (const route of this.routes) {
      this.#router.on(route.method as HTTPMethod, route.path.replace(/\{([^}]+)\}/g, ':$1'), () => undefined, route);
      if (route.operation.operationId) this.#byOperationId.set(route.operation.operationId, route);
    }
    this.#methods = [...new Set(this.routes.map((route) => route.method))].sort();
  }

  match(method: string, path: string): RouteMatch {
    const found = this.#router.find(method as HTTPMethod, path);
    if (found) return { kind: 'found', route: found.store as Route, params: { ...found.params } as Record<string, string> };
    const segment = malformedSegment(path);
    if (segment !== undefined) return { kind: 'malformed', segment };
    const allow = this.#methods.filter((candidate) => candidate !== method && this.#router.find(candidate as HTTPMethod, path));
    return allow.length > 0 ? { kind: 'method_not_allowed', allow } : { kind: 'not_found' };
  }

  byOperationId(operationId: string): Route | undefined {
    return this.#byOperationId.get(operationId);
  }
}

const runtimes = new Map<string, SpecRuntime>();

export function loadSpec(specPath: string): SpecRuntime {
  const cached = runtimes.get(specPath);
  if (cached) return cached;
  const definition = JSON.parse(readFileSync(specPath, 'utf8')) as Document;
  const api = new OpenAPIBackend({
    definition,
    quick: true,
    strict: false,
    validate: true,
    coerceTypes: true,
    // the spec is checked by its own tests: compiling ajv's meta-schema for every validator only slows the first requests
    ajvOpts: { validateSchema: false },
    // date formats (from_date=2020-13-45) are checked only with ajv-formats registered
    customizeAjv: (ajv) => addFormats(ajv),
  });
  void api.init();
  const runtime: SpecRuntime = { api, routes: new RouteTable(api.router.getOperations()), document: api.definition };
  runtimes.set(specPath, runtime);
  return runtime;
}
