import { describe, expect, it } from 'vitest';
import { newMemberState } from './members.js';
import { LIFECYCLE, enterPhase, failureLook } from './lifecycle.js';

const member = () =>
  newMemberState(
    {
      aggregated_at: null,
      background_aggregation_is_disabled: false,
      connection_status: 'DENIED',
      guid: 'MBR-1',
      identifier: null,
      institution_code: 'mxbank',
      is_being_aggregated: false,
      is_oauth: false,
      metadata: null,
      name: 'MX Bank',
      oauth_window_uri: null,
      status: null,
      successfully_aggregated_at: null,
      user_guid: 'USR-1',
    },
    [],
    false,
  );

describe('member lifecycle table', () => {
  it('keeps connection_status when a job starts and resets the progress flags', () => {
    const state = member();
    state.is_authenticated = true;
    state.has_processed_accounts = true;
    enterPhase(state, 'started', Date.UTC(2026, 0, 1), null);
    expect(state.member).toMatchObject({ connection_status: 'DENIED', status: 'INITIATED', is_being_aggregated: true, aggregated_at: '2026-01-01T00:00:00+00:00' });
    expect(state.is_authenticated).toBe(false);
    expect(state.has_processed_accounts).toBe(false);
  });

  it('stops aggregating only in completed and failed', () => {
    const running = Object.entries(LIFECYCLE).filter(([, look]) => look.is_being_aggregated).map(([phase]) => phase);
    expect(running).toEqual(['started', 'challenged', 'resumed', 'authenticated', 'accounts_processed', 'transactions_processed']);
    const state = member();
    enterPhase(state, 'failed', 0, 'LOCKED');
    expect(state.member).toMatchObject({ connection_status: 'LOCKED', status: 'LOCKED', is_being_aggregated: false });
  });

  it('stamps successfully_aggregated_at on completion', () => {
    const state = member();
    enterPhase(state, 'completed', Date.UTC(2026, 0, 2, 3, 4, 5), null);
    expect(state.member).toMatchObject({ connection_status: 'CONNECTED', status: 'COMPLETED', successfully_aggregated_at: '2026-01-02T03:04:05+00:00' });
  });

  it('pairs failure outcomes with a legacy status, FAILED unless MX has a closer one', () => {
    expect(failureLook('DENIED')).toEqual({ connection_status: 'DENIED', status: 'DENIED' });
    expect(failureLook('IMPEDED')).toEqual({ connection_status: 'IMPEDED', status: 'FAILED' });
    expect(failureLook({ connection_status: 'FAILED', status: 'HALTED' })).toEqual({ connection_status: 'FAILED', status: 'HALTED' });
  });
});
