import type { ErrorObject } from 'ajv';
import type { OpenAPIBackend, Operation } from 'openapi-backend';

export interface ValidatedRequest {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

export type RequestCheck = { ok: true; request: ValidatedRequest } | { ok: false; message: string };

const LOCATIONS: Record<string, string> = { path: 'path parameter', query: 'query parameter', requestBody: 'request body', header: 'header' };

/** One readable phrase per ajv error, naming where the bad value is: `request body member.credentials[0] is missing the required field "guid"`. */
export function describeValidationError(error: ErrorObject): string {
  const parts = error.instancePath.split('/').filter(Boolean);
  const location = LOCATIONS[parts[0] ?? ''] ?? 'request';
  const field = parts
    .slice(1)
    .map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`))
    .join('')
    .replace(/^\./, '');
  const subject = field ? `${location} ${field}` : location;
  switch (error.keyword) {
    case 'required':
      if (error.params.missingProperty === 'requestBody') return 'a JSON request body is required';
      return `${subject} is missing the required field "${String(error.params.missingProperty)}"`;
    case 'additionalProperties':
      return `${subject} has an unknown field "${String(error.params.additionalProperty)}"`;
    case 'minProperties':
      return `${subject} must not be empty`;
    case 'enum':
      return `${subject} must be one of: ${(error.params.allowedValues as unknown[]).map(String).join(', ')}`;
    default:
      return `${subject} ${error.message ?? 'is invalid'}`;
  }
}

const declaredQueries = new WeakMap<Operation, Set<string>>();

/** Query parameters the operation declares; others are ignored, as Atrium ignores them (cache busters, typos of optional filters). */
function knownQuery(operation: Operation, query: Record<string, unknown>): Record<string, unknown> {
  let names = declaredQueries.get(operation);
  if (!names) {
    const parameters = (operation.parameters ?? []) as { in?: string; name?: string }[];
    names = new Set(parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name!));
    declaredQueries.set(operation, names);
  }
  return Object.fromEntries(Object.entries(query).filter(([name]) => names.has(name)));
}

/** Validates path, query and body with openapi-backend against the matched operation. */
export function validateRequest(
  api: OpenAPIBackend,
  operation: Operation,
  request: { method: string; path: string; headers: Record<string, string | string[] | undefined>; query: Record<string, unknown>; body: unknown },
): RequestCheck {
  const query = knownQuery(operation, request.query);
  const result = api.validator.validateRequest(
    { method: request.method, path: request.path, headers: request.headers as Record<string, string | string[]>, query: query as Record<string, string>, body: request.body },
    operation,
  );
  if (result.errors && result.errors.length > 0) {
    const messages = [...new Set(result.errors.map(describeValidationError))];
    return { ok: false, message: `Invalid request: ${messages.join('; ')}.` };
  }
  return {
    ok: true,
    request: {
      params: (result.coerced?.params ?? {}) as Record<string, unknown>,
      query: (result.coerced?.query ?? query) as Record<string, unknown>,
      body: request.body,
    },
  };
}
