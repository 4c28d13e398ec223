import type { ChallengeSpec, OutcomeSpec, Scenario } from './scenario-schema.js';

/**
 * The pure heart of the simulation: where a job goes next, given its scenario and an event.
 * It knows nothing about members, HTTP or time; domain/lifecycle.ts turns phases into fields.
 */
export type Phase =
  | 'started'
  | 'challenged'
  | 'resumed'
  | 'authenticated'
  | 'accounts_processed'
  | 'transactions_processed'
  | 'completed'
  | 'failed';

export interface JobProgress {
  phase: Phase;
  /** Scenario challenge id while challenged or resumed. */
  challenge_id: string | null;
  /** The answer given to that challenge, while resumed. */
  answer: string | null;
  /** Why the job failed, once failed. */
  outcome: OutcomeSpec | null;
}

export type EngineEvent = { type: 'tick' } | { type: 'resume'; answer: string } | { type: 'expire' };

export const START: JobProgress = { phase: 'started', challenge_id: null, answer: null, outcome: null };

const AFTER_AUTHENTICATION: Partial<Record<Phase, Phase>> = {
  authenticated: 'accounts_processed',
  accounts_processed: 'transactions_processed',
  transactions_processed: 'completed',
};

export function isFinished(progress: JobProgress): boolean {
  return progress.phase === 'completed' || progress.phase === 'failed';
}

/** Phases that only an outside event (answers, expiry) can leave. */
export function isWaiting(progress: JobProgress): boolean {
  return progress.phase === 'challenged' || isFinished(progress);
}

export function findChallenge(scenario: Scenario, id: string | null): ChallengeSpec | undefined {
  return scenario.authentication.challenges.find((challenge) => challenge.id === id);
}

/** Where a challenge answer, an outcome name or a challenge id leads. */
function goTo(scenario: Scenario, target: OutcomeSpec): JobProgress {
  if (target === 'CONNECTED') return { ...START, phase: 'authenticated' };
  if (typeof target === 'string' && findChallenge(scenario, target)) {
    return { ...START, phase: 'challenged', challenge_id: target };
  }
  return { ...START, phase: 'failed', outcome: target };
}

export function next(scenario: Scenario, progress: JobProgress, event: EngineEvent): JobProgress {
  if (isFinished(progress)) return progress;
  switch (event.type) {
    case 'expire':
      return progress.phase === 'challenged' ? { ...START, phase: 'failed', outcome: 'EXPIRED' } : progress;
    case 'resume':
      return progress.phase === 'challenged' ? { ...progress, phase: 'resumed', answer: event.answer } : progress;
    case 'tick':
      return tick(scenario, progress);
  }
}

function tick(scenario: Scenario, progress: JobProgress): JobProgress {
  switch (progress.phase) {
    case 'started': {
      const first = scenario.authentication.challenges[0];
      return first ? goTo(scenario, first.id as OutcomeSpec) : goTo(scenario, scenario.authentication.outcome);
    }
    case 'challenged':
      return progress;
    case 'resumed': {
      const challenge = findChallenge(scenario, progress.challenge_id);
      if (!challenge) return { ...START, phase: 'failed', outcome: 'FAILED' };
      const target = challenge.answers[progress.answer ?? ''] ?? challenge.otherwise;
      return goTo(scenario, target as OutcomeSpec);
    }
    default: {
      const following = AFTER_AUTHENTICATION[progress.phase];
      return following ? { ...START, phase: following } : progress;
    }
  }
}
