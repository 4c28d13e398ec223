import { z } from 'zod';
import { parseDuration } from './duration.js';
import { scriptSchema } from './script-schema.js';

/** Connection statuses a scenario may end a job in (CONNECTED = authentication succeeded). */
export const OUTCOMES = [
  'CONNECTED',
  'DENIED',
  'REJECTED',
  'LOCKED',
  'DISABLED',
  'FAILED',
  'EXPIRED',
  'PREVENTED',
  'IMPEDED',
  'IMPAIRED',
  'DEGRADED',
  'DISCONNECTED',
  'DISCONTINUED',
  'CLOSED',
] as const;
export type OutcomeName = (typeof OUTCOMES)[number];

/** Legacy `status` values a scenario may pair with an outcome. */
const LEGACY_STATUSES = ['DENIED', 'PREVENTED', 'HALTED', 'FAILED', 'EXPIRED', 'LOCKED', 'DISABLED', 'REJECTED', 'ERRORED', 'ABORTED', 'TERMINATED', 'SUSPENDED'] as const;

const duration = z.string().refine((text) => parseDuration(text) !== undefined, {
  message: 'expected a duration such as "500ms", "2s", "5m" or "1h"',
});

export const timingSchema = z.union(
  [z.literal('instant'), z.strictObject({ polls: z.int().min(1).max(1000) }), z.strictObject({ duration })],
  { error: (issue) => (issue.code === 'invalid_union' && issue.input !== null && typeof issue.input === 'object' ? undefined : 'expected instant, { polls: N } or { duration: "2s" }') },
);
export type TimingSpec = z.infer<typeof timingSchema>;

const outcomeSchema = z.union([
  z.enum(OUTCOMES),
  z.strictObject({ connection_status: z.enum(OUTCOMES), status: z.enum(LEGACY_STATUSES) }),
]);
export type OutcomeSpec = z.infer<typeof outcomeSchema>;

const option = z.strictObject({ label: z.string().min(1), value: z.string().min(1) });
const imageOption = option.extend({ data_uri: z.string().min(1) });

// the larger schemas are built on first use (z.lazy): a start that recalls its scenarios checks none
const challengeSchema = z.lazy(() =>
  z
    .strictObject({
      id: z.string().regex(/^[a-z0-9_]+$/, 'expected lowercase letters, digits and underscores'),
      type: z.enum(['TEXT', 'OPTIONS', 'TOKEN', 'IMAGE_DATA', 'IMAGE_OPTIONS']),
      label: z.string().min(1),
      field_name: z.string().min(1).optional(),
      options: z.array(option).min(1).optional(),
      image_data: z.string().min(1).optional(),
      image_options: z.array(imageOption).min(1).optional(),
      /** answer value -> CONNECTED, another outcome, or the id of the next challenge */
      answers: z.record(z.string(), z.string()),
      /** where any other answer leads */
      otherwise: z.string().default('REJECTED'),
      expires_after: duration.optional(),
    })
    .superRefine((challenge, ctx) => {
      const needs: Record<string, keyof typeof challenge> = {
        OPTIONS: 'options',
        IMAGE_DATA: 'image_data',
        IMAGE_OPTIONS: 'image_options',
      };
      const field = needs[challenge.type];
      if (field && challenge[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `a ${challenge.type} challenge needs ${field}` });
      }
    }),
);
export type ChallengeSpec = z.infer<typeof challengeSchema>;

/** Phases whose length a scenario may set one by one (challenged waits for answers instead). */
export const TIMED_PHASES = ['started', 'resumed', 'authenticated', 'accounts_processed', 'transactions_processed'] as const;

/**
 * Intermittent failures of requests about a member that picked this scenario (a flaky institution):
 * deterministic, so a replay sees the same failures.
 */
const scenarioFaultSchema = z.lazy(() =>
  z
    .strictObject({
      /** operationIds this applies to (default: every operation about the member). */
      operations: z.array(z.string().min(1)).min(1).optional(),
      status: z.int().min(400).max(599),
      message: z.string().min(1).optional(),
      /** Fail the Nth, 2Nth, ... matching request. */
      every: z.int().min(1).optional(),
      /** Fail the first N matching requests. */
      first: z.int().min(1).optional(),
    })
    .refine((fault) => (fault.every === undefined) !== (fault.first === undefined), { message: 'give exactly one of every or first', path: ['every'] }),
);
export type ScenarioFault = z.infer<typeof scenarioFaultSchema>;

const credentialMatch = z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)]));

export const scenarioSchema = z.lazy(() =>
  z
    .strictObject({
      name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected kebab-case, e.g. mfa-text-follow-up'),
      description: z.string().min(1),
      /** How a member picks this scenario up by itself; without it, only activation selects it. */
      match: z
        .strictObject({
          institution_code: z.string().min(1).optional(),
          credentials: credentialMatch.optional(),
        })
        .optional(),
      timing: timingSchema.optional(),
      /** Per-phase timing, overriding `timing` for that phase. */
      timing_by_phase: z.partialRecord(z.enum(TIMED_PHASES), timingSchema).optional(),
      faults: z.array(scenarioFaultSchema).optional(),
      /** The calls a client makes and what it must see; replayed by test/scenarios. */
      expect: scriptSchema.optional(),
      authentication: z
        .strictObject({
          challenges: z.array(challengeSchema).default([]),
          outcome: outcomeSchema.default('CONNECTED'),
        })
        .default({ challenges: [], outcome: 'CONNECTED' }),
    })
    .superRefine((scenario, ctx) => {
      const ids = new Set<string>();
      scenario.authentication.challenges.forEach((challenge, index) => {
        if (ids.has(challenge.id)) {
          ctx.addIssue({ code: 'custom', path: ['authentication', 'challenges', index, 'id'], message: `duplicate challenge id "${challenge.id}"` });
        }
        ids.add(challenge.id);
      });
      const valid = (target: string): boolean => ids.has(target) || (OUTCOMES as readonly string[]).includes(target);
      scenario.authentication.challenges.forEach((challenge, index) => {
        for (const [answer, target] of Object.entries(challenge.answers)) {
          if (!valid(target)) {
            ctx.addIssue({
              code: 'custom',
              path: ['authentication', 'challenges', index, 'answers', answer],
              message: `expected a challenge id (${[...ids].join(', ')}) or an outcome (${OUTCOMES.join(', ')}), got "${target}"`,
            });
          }
        }
        if (!valid(challenge.otherwise)) {
          ctx.addIssue({
            code: 'custom',
            path: ['authentication', 'challenges', index, 'otherwise'],
            message: `expected a challenge id or an outcome, got "${challenge.otherwise}"`,
          });
        }
      });
    }),
);

export type Scenario = z.infer<typeof scenarioSchema>;
