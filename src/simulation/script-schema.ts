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
  'configure_webhooks',
  'webhook',
] as const;
export type ScriptCall = (typeof SCRIPT_CALLS)[number];

const duration = z.string().refine((text) => parseDuration(text) !== undefined, { message: 'expected a duration such as "30s" or "5m"' });

// built on first use (z.lazy): a start that recalls its seed sets and scenarios checks no script
export const callStepSchema = z.lazy(() =>
  z
    .strictObject({
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
    })
    .superRefine((step, ctx) => {
      const max = (step.with as { max?: unknown } | undefined)?.max;
      if (step.call === 'poll' && max !== undefined && (!Number.isInteger(max) || (max as number) < 1 || (max as number) > MAX_POLLS)) {
        ctx.addIssue({ code: 'custom', path: ['with', 'max'], message: `a poll makes 1 to ${MAX_POLLS} reads, got ${JSON.stringify(max)}` });
      }
    }),
);
export type CallStep = z.infer<typeof callStepSchema>;

export type ScriptStep = CallStep | { repeat: number; steps: ScriptStep[] };

export const scriptStepSchema: z.ZodType<ScriptStep> = z.lazy(() =>
  z.union([callStepSchema, z.strictObject({ repeat: z.int().min(1).max(100), steps: z.array(scriptStepSchema).min(1).max(100) })]),
);

/** The most client calls one script may make: repeats multiply, a poll counts its `max`, answering and creating a member count two. */
export const MAX_SCRIPT_CALLS = 1_000;
/** The most /status reads one poll step may make. */
export const MAX_POLLS = 200;
/** Polls made by a poll step without `with.max`. */
export const DEFAULT_POLLS = 50;

/** How many calls a script can make at most, stopping early once past the budget (so huge repeats cost nothing to count). */
export function scriptCalls(steps: readonly ScriptStep[]): number {
  let total = 0;
  for (const step of steps) {
    if ('repeat' in step) total += step.repeat * scriptCalls(step.steps);
    else {
      const each = step.call === 'poll' ? Number((step.with as { max?: unknown } | undefined)?.max ?? DEFAULT_POLLS) : step.call === 'answer' || step.call === 'create_member' ? 2 : 1;
      total += (step.times ?? 1) * each;
    }
    if (total > MAX_SCRIPT_CALLS) return total;
  }
  return total;
}

export const scriptSchema = z.lazy(() =>
  z
    .array(scriptStepSchema)
    .min(1)
    .max(1_000)
    .superRefine((steps, ctx) => {
      const calls = scriptCalls(steps);
      if (calls > MAX_SCRIPT_CALLS) {
        ctx.addIssue({ code: 'custom', message: `the script can make ${calls > 1_000_000 ? 'over a million' : calls} calls (repeats multiply, a poll counts its max); the most a script may make is ${MAX_SCRIPT_CALLS}` });
      }
    }),
);

export { duration as durationSchema };
