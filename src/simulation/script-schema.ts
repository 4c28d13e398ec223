import { z } from 'zod';
import { parseDuration } from './duration.js';

/**
 * The calls a client makes, as data: scenario `expect` scripts replay them in tests, and seed
 * sets (POST /__mock/seed) run them to build state through the real Atrium behaviour.
 */
export const SCRIPT_CALLS = [
  'create_user',
  'create_member',
  'read_member',
  'update_member',
  'delete_member',
  'delete_user',
  'status',
  'poll',
  'challenges',
  'answer',
  'aggregate',
  'balance',
  'identify',
  'verify',
  'extend_history',
  'fetch_statements',
  'account_owners',
  'account_numbers',
  'accounts',
  'transactions',
  'holdings',
  'statements',
  'oauth_window_uri',
  'complete_oauth',
  'advance_clock',
] as const;
export type ScriptCall = (typeof SCRIPT_CALLS)[number];

const duration = z.string().refine((text) => parseDuration(text) !== undefined, { message: 'expected a duration such as "30s" or "5m"' });

export const callStepSchema = z.strictObject({
  call: z.enum(SCRIPT_CALLS),
  /** Arguments: create_user {identifier, ...}, create_member {institution_code, credentials, skip_aggregation, is_oauth},
   * answer {value}, advance_clock {by}, poll {max}, complete_oauth {outcome}, identify {include_transactions}, ... */
  with: z.record(z.string(), z.unknown()).optional(),
  /** Save the created user/member guid under this name; later steps refer to it with `user:` / `member:`. */
  as: z.string().regex(/^[a-z][a-z0-9_]*$/).optional(),
  user: z.string().optional(),
  member: z.string().optional(),
  /** Expected HTTP status (default: any 2xx). */
  status: z.int().min(100).max(599).optional(),
  /** Expected body, matched partially: listed keys must match, arrays element by element. */
  expect: z.unknown().optional(),
  /** For list calls: at least this many items in the envelope's list. */
  min_items: z.int().min(0).optional(),
  /** Run this step N times in a row. */
  times: z.int().min(1).max(100).optional(),
});
export type CallStep = z.infer<typeof callStepSchema>;

export type ScriptStep = CallStep | { repeat: number; steps: ScriptStep[] };

export const scriptStepSchema: z.ZodType<ScriptStep> = z.lazy(() =>
  z.union([callStepSchema, z.strictObject({ repeat: z.int().min(1).max(100), steps: z.array(scriptStepSchema).min(1) })]),
);

export const scriptSchema = z.array(scriptStepSchema).min(1);

export { duration as durationSchema };
