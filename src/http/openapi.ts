import { readFileSync } from 'node:fs';
import { OpenAPIBackend, type Document, type Operation } from 'openapi-backend';
import { addFormats } from './ajv-formats.js';

/**
 * The spec loaded once per process: openapi-backend (quick mode, validators compiled on first
 * use) for request validation, and our route table compiled once from the same operations.
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
  path: string;
  pattern: RegExp;
  paramNames: string[];
  /** Literal characters in the template: longer wins, so `{guid}.pdf` beats `{guid}`. */
  specificity: number;
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'not_found' }
  | { kind: 'malformed'; segment: string }
  | { kind: 'method_not_allowed'; allow: string[] };

export class RouteTable {
  readonly routes: Route[];

  constructor(operations: Operation[]) {
    this.routes = operations
      .map((operation) => {
        const paramNames: string[] = [];
        const source = operation.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_whole, name: string) => {
          paramNames.push(name);
          return '([^/]+)';
        });
        return {
          operation,
          method: operation.method.toUpperCase(),
          path: operation.path,
          pattern: new RegExp(`^${source}/?$`),
          paramNames,
          specificity: operation.path.replace(/\{[^}]+\}/g, '').length,
        };
      })
      .sort((a, b) => b.specificity - a.specificity);
  }

  match(method: string, path: string): RouteMatch {
    const allow = new Set<string>();
    let found: RouteMatch | undefined;
    let foundSpecificity = -1;
    for (const route of this.routes) {
      if (found && route.specificity < foundSpecificity) break;
      const hit = route.pattern.exec(path);
      if (!hit) continue;
      if (route.method !== method) {
        if (!found) allow.add(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      for (const [index, name] of route.paramNames.entries()) {
        const decoded = safeDecode(hit[index + 1]!);
        if (decoded === undefined) return { kind: 'malformed', segment: hit[index + 1]! };
        params[name] = decoded;
      }
      found = { kind: 'found', route, params };
      foundSpecificity = route.specificity;
    }
    if (found) return found;
    return allow.size > 0 ? { kind: 'method_not_allowed', allow: [...allow].sort() } : { kind: 'not_found' };
  }

  byOperationId(operationId: string): Route | undefined {
    return this.routes.find((route) => route.operation.operationId === operationId);
  }
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
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
    // date formats (from_date=2020-13-45) are checked only with ajv-formats registered
    customizeAjv: (ajv) => addFormats(ajv),
  });
  void api.init();
  const runtime: SpecRuntime = { api, routes: new RouteTable(api.router.getOperations()), document: api.definition };
  runtimes.set(specPath, runtime);
  return runtime;
}
