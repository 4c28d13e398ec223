import { describe, expect, it } from 'vitest';
import { ConfigError, resolveConfig } from '../src/config.js';

describe('configuration', () => {
  it('takes the port from PORT, what container platforms set, unless ATRIUM_MOCK_PORT is set', () => {
    expect(resolveConfig({}, { PORT: '3000' }).port).toBe(3000);
    expect(resolveConfig({}, { PORT: '3000', ATRIUM_MOCK_PORT: '4000' }).port).toBe(4000);
    expect(resolveConfig({ port: 5000 }, { PORT: '3000', ATRIUM_MOCK_PORT: '4000' }).port).toBe(5000);
  });

  it('names each bad setting as it was given: flag, environment variable, or option key', () => {
    const error = (() => {
      try {
        resolveConfig({ timing: 'fast', seed: '' }, { PORT: 'eighty', ATRIUM_MOCK_MAX_USERS: '0' }, { timing: '--timing', maxUsers: '--max-users', port: '--port' });
      } catch (caught) {
        return caught as ConfigError;
      }
      throw new Error('expected a ConfigError');
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect(error.issues.map((issue) => issue.name)).toEqual(['PORT (or --port, ATRIUM_MOCK_PORT)', 'seed (or ATRIUM_MOCK_SEED)', '--timing (or ATRIUM_MOCK_TIMING)', 'ATRIUM_MOCK_MAX_USERS (or --max-users)']);
    expect(error.problems[2]).toBe('--timing (or ATRIUM_MOCK_TIMING): expected instant, polls:N or duration:<time> such as duration:2s; got "fast"');
  });
});
