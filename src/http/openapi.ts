import { readFileSync } from 'node:fs';
import FindMyWay, { type HTTPMethod } from 'find-my-way';
import { OpenAPIRouter, OpenAPIValidator, type Document, type Operation } from 'openapi-backend';
import { addFormats } from './ajv-formats.js';

/**
 * The spec loaded once per process: openapi-backend's request validators (compiled on first
 * use) and a radix router (find-my-way) built once from the same operations, so a request's
 * route is matched once.
 */
export interface SpecRuntime {
  validator: OpenAPIValidator;
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

/** How many references may point at references before one names a schema (a loop never does). */
const MAX_REFERENCE_HOPS = 64;

function isReference(node: unknown): node is { $ref: string } {
  return node !== null && typeof node === 'object' && typeof (node as { $ref?: unknown }).$ref === 'string';
}

/**
 * The document with every $ref replaced by the object it points to, in place: one walk, and a
 * schema used in many places stays one object (a recursive schema stays a cycle). This is what
 * openapi-backend's init does (dereference-json-schema), without its deep copy of the document
 * and the path string it builds at every node: less work and one copy of the spec in memory.
 * Only references within the document: the simulator's specs have no others.
 */
export function dereferenceDocument(document: Document): Document {
  const target = (ref: string): unknown => {
    if (!ref.startsWith('#/')) throw new Error(`$ref ${ref}: only references within the document (#/...) are resolved`);
    let node: unknown = document;
    for (const token of ref.slice(2).split('/')) {
      const key = token.replaceAll('~1', '/').replaceAll('~0', '~');
      node = node !== null && typeof node === 'object' && Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
      if (node === undefined) throw new Error(`$ref ${ref} points to nothing in the document`);
    }
    return node;
  };
  const resolve = (node: unknown): unknown => {
    let hops = 0;
    while (isReference(node)) {
      if ((hops += 1) > MAX_REFERENCE_HOPS) throw new Error(`$ref ${node.$ref}: references point at each other in a loop`);
      node = target(node.$ref);
    }
    return node;
  };
  const seen = new Set<object>();
  const pending: object[] = [document];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const container = node as Record<string, unknown>;
    for (const key of Object.keys(container)) {
      const value = resolve(container[key]);
      container[key] = value;
      if (value !== null && typeof value === 'object' && !seen.has(value)) pending.push(value);
    }
  }
  return document;
}

export function loadSpec(specPath: string): SpecRuntime {
  const cached = runtimes.get(specPath);
  if (cached) return cached;
  const document = dereferenceDocument(JSON.parse(readFileSync(specPath, 'utf8')) as Document);
  const router = new OpenAPIRouter({ definition: document });
  const validator = new OpenAPIValidator({
    definition: document,
    router,
    lazyCompileValidators: true,
    coerceTypes: true,
    // the spec is checked by its own tests: compiling ajv's meta-schema for every validator only slows the first requests
    ajvOpts: { validateSchema: false },
    // date formats (from_date=2020-13-45) are checked only with ajv-formats registered
    customizeAjv: (ajv) => addFormats(ajv),
  });
  const runtime: SpecRuntime = { validator, routes: new RouteTable(router.getOperations()), document };
  runtimes.set(specPath, runtime);
  return runtime;
}
