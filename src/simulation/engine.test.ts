import { describe, expect, it } from 'vitest';
import { START, next, type JobProgress } from './engine.js';
import { scenarioSchema } from './scenario-schema.js';

const tick = { type: 'tick' } as const;
const mfa = scenarioSchema.parse({
  name: 'mfa',
  description: 'two rounds',
  authentication: {
    challenges: [
      { id: 'first', type: 'TEXT', label: 'Q1', answers: { correct: 'CONNECTED', challenge: 'second' } },
      { id: 'second', type: 'TEXT', label: 'Q2', answers: { correct: 'CONNECTED' }, otherwise: 'LOCKED' },
    ],
  },
});
const plain = scenarioSchema.parse({ name: 'plain', description: 'no mfa' });
const denied = scenarioSchema.parse({ name: 'denied', description: 'bad password', authentication: { outcome: 'DENIED' } });

const phases = (start: JobProgress, events: Parameters<typeof next>[2][], scenario = plain) =>
  events.reduce<JobProgress[]>((seen, event) => [...seen, next(scenario, seen.at(-1)!, event)], [start]).map((p) => p.phase);

describe('job engine', () => {
  it('walks a plain job from started to completed, one phase per tick', () => {
    expect(phases(START, [tick, tick, tick, tick, tick])).toEqual([
      'started', 'authenticated', 'accounts_processed', 'transactions_processed', 'completed', 'completed',
    ]);
  });

  it('fails at authentication with the scenario outcome', () => {
    expect(next(denied, START, tick)).toEqual({ phase: 'failed', challenge_id: null, answer: null, outcome: 'DENIED' });
  });

  it('waits on a challenge until answers arrive, then follows the answer table', () => {
    const challenged = next(mfa, START, tick);
    expect(challenged).toMatchObject({ phase: 'challenged', challenge_id: 'first' });
    expect(next(mfa, challenged, tick)).toBe(challenged);
    const resumed = next(mfa, challenged, { type: 'resume', answer: 'challenge' });
    expect(resumed).toMatchObject({ phase: 'resumed', answer: 'challenge' });
    const second = next(mfa, resumed, tick);
    expect(second).toMatchObject({ phase: 'challenged', challenge_id: 'second' });
    expect(next(mfa, next(mfa, second, { type: 'resume', answer: 'correct' }), tick).phase).toBe('authenticated');
    expect(next(mfa, next(mfa, second, { type: 'resume', answer: 'nope' }), tick)).toMatchObject({ phase: 'failed', outcome: 'LOCKED' });
  });

  it('rejects unknown answers by default and expires unanswered challenges', () => {
    const challenged = next(mfa, START, tick);
    expect(next(mfa, next(mfa, challenged, { type: 'resume', answer: 'x' }), tick)).toMatchObject({ phase: 'failed', outcome: 'REJECTED' });
    expect(next(mfa, challenged, { type: 'expire' })).toMatchObject({ phase: 'failed', outcome: 'EXPIRED' });
    expect(next(mfa, START, { type: 'expire' })).toBe(START);
  });

  it('never leaves a finished job', () => {
    const failed = next(denied, START, tick);
    expect(next(denied, failed, tick)).toBe(failed);
    expect(next(denied, failed, { type: 'resume', answer: 'correct' })).toBe(failed);
  });
});
