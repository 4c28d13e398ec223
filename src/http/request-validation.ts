import type { ErrorObject } from 'ajv';
import type { OpenAPIValidator, Operation } from 'openapi-backend';

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

interface QueryParameters {
  names: Set<string>;
  arrays: Set<string>;
}

const declaredQueries = new WeakMap<Operation, QueryParameters>();

/** Query parameters the operation declares (others are ignored, as Atrium ignores them: cache busters, typos of optional filters), and which are arrays. */
function queryParameters(operation: Operation): QueryParameters {
  let declared = declaredQueries.get(operation);
  if (!declared) {
    const parameters = ((operation.parameters ?? []) as { in?: string; name?: string; schema?: { type?: string } }[]).filter((parameter) => parameter.in === 'query');
    declared = { names: new Set(parameters.map((parameter) => parameter.name!)), arrays: new Set(parameters.filter((parameter) => parameter.schema?.type === 'array').map((parameter) => parameter.name!)) };
    declaredQueries.set(operation, declared);
  }
  return declared;
}

/**
 * Validates path, query and body against the matched operation with the validators
 * openapi-backend compiled for it (called directly: the route is already matched, with its
 * parameters). Query and path values are coerced to the spec's types.
 */
export function validateRequest(
  validator: OpenAPIValidator,
  operation: Operation,
  request: { params: Record<string, string>; headers: Record<string, string | string[] | undefined>; query: Record<string, unknown>; body: unknown },
): RequestCheck {
  // nothing declared, nothing to check: undeclared query parameters are dropped below and the path has
  // no parameters, so openapi-backend's validators (compiled on first use, with their own Ajv) would pass
  if (!operation.requestBody && (operation.parameters ?? []).length === 0) {
    return { ok: true, request: { params: { ...request.params }, query: {}, body: request.body } };
  }
  const declared = queryParameters(operation);
  const query: Record<string, unknown> = {};
  for (const name of Object.keys(request.query)) {
    if (!declared.names.has(name)) continue;
    const value = request.query[name];
    query[name] = declared.arrays.has(name) && typeof value === 'string' ? [value] : value;
  }
  const parameters: Record<string, unknown> = { path: { ...request.params }, query, header: request.headers };
  if (request.body !== undefined) parameters.requestBody = request.body;
  const errors: ErrorObject[] = [];
  for (const validate of validator.getRequestValidatorsForOperation(operation.operationId!) ?? []) {
    if (!validate(parameters)) errors.push(...(validate.errors ?? []));
  }
  if (errors.length > 0) {
    const messages = [...new Set(errors.map(describeValidationError))];
    return { ok: false, message: `Invalid request: ${messages.join('; ')}.` };
  }
  return { ok: true, request: { params: parameters.path as Record<string, unknown>, query: parameters.query as Record<string, unknown>, body: request.body } };
}
