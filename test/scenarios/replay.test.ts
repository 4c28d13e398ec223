import { describe, expect, it } from 'vitest';
import { ScriptRunner, type ScriptTransport } from '../../src/control/script-runner.js';
import { defaultScenariosDir } from '../../src/paths.js';
import { loadScenarioDirectory } from '../../src/simulation/scenario-catalog.js';
import { createTestApp, type AtriumAgent } from '../support/test-app.js';

/** Every scenario file replays its own `expect` script through HTTP: a new file needs no new test. */
const scenarios = loadScenarioDirectory(defaultScenariosDir);

function httpTransport(atrium: AtriumAgent): ScriptTransport {
  return {
    atrium: async (method, path, body) => {
      const request =
        method === 'GET' ? atrium.get(path) : method === 'POST' ? atrium.post(path, body as object) : method === 'PUT' ? atrium.put(path, body as object) : atrium.delete(path);
      const response = await request;
      return { status: response.status, body: response.body };
    },
    advanceClock: async (ms) => {
      await atrium.post('/__mock/clock/advance', { ms }).expect(200);
    },
    completeOAuth: async (userGuid, memberGuid, outcome) => {
      await atrium.post('/__mock/oauth/complete', { user_guid: userGuid, member_guid: memberGuid, outcome }).expect(204);
    },
  };
}

describe('shipped scenarios', () => {
  it('each come with an expect script', () => {
    expect(scenarios.filter((scenario) => !scenario.expect).map((scenario) => scenario.name)).toEqual([]);
  });

  it.each(scenarios.filter((scenario) => scenario.expect).map((scenario) => [scenario.name, scenario] as const))('%s replays its expect script', async (_name, scenario) => {
    const atrium = createTestApp().as(`replay-${scenario.name}`);
    if (!scenario.match) await atrium.post(`/__mock/scenarios/${scenario.name}/activate`).expect(200);
    const runner = new ScriptRunner(httpTransport(atrium), { institution_code: scenario.match?.institution_code, credentials: scenario.match?.credentials });
    await runner.run(scenario.expect!, scenario.name);
  });
});
