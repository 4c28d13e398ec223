import { describe, expect, it } from 'vitest';
import { ScriptRunner, type ScriptTransport } from '../../src/control/script-runner.js';
import { defaultScenariosDir } from '../../src/paths.js';
import { loadScenarioDirectory } from '../../src/simulation/scenario-catalog.js';
import { createWebhookReceiver } from '../../src/webhooks/receiver.js';
import { createTestApp, type AtriumAgent, type TestApp } from '../support/test-app.js';

/** Every scenario file replays its own `expect` script through HTTP: a new file needs no new test. */
const scenarios = loadScenarioDirectory(defaultScenariosDir);

function httpTransport(atrium: AtriumAgent, app: TestApp): ScriptTransport {
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
    webhooks: async (filter) => (await atrium.get(`/__mock/webhooks?${new URLSearchParams(filter as Record<string, string>)}`).expect(200)).body.webhooks,
    configureWebhooks: async (config) => {
      await atrium.put('/__mock/webhooks/config', config).expect(200);
    },
    settle: () => app.deps.webhooks.idle(),
  };
}

describe('shipped scenarios', () => {
  it('each come with an expect script', () => {
    expect(scenarios.filter((scenario) => !scenario.expect).map((scenario) => scenario.name)).toEqual([]);
  });

  it.each(scenarios.filter((scenario) => scenario.expect).map((scenario) => [scenario.name, scenario] as const))('%s replays its expect script', async (_name, scenario) => {
    const app = createTestApp();
    const atrium = app.as(`replay-${scenario.name}`);
    if (!scenario.match) await atrium.post(`/__mock/scenarios/${scenario.name}/activate`).expect(200);
    // webhook scenarios send to this receiver; a path `fail-first/N` answers 503 to its first N deliveries (a receiver that is down, then recovers)
    const failures = new Map<string, number>();
    const receiver = await createWebhookReceiver({
      port: 0,
      respond: (delivery) => {
        const wanted = /\/fail-first\/(\d+)$/.exec(delivery.path);
        if (!wanted) return 204;
        const seen = (failures.get(delivery.path) ?? 0) + 1;
        failures.set(delivery.path, seen);
        return seen <= Number(wanted[1]) ? 503 : 204;
      },
    });
    try {
      const runner = new ScriptRunner(httpTransport(atrium, app), { institution_code: scenario.match?.institution_code, credentials: scenario.match?.credentials, webhook_url: receiver.url });
      await runner.run(scenario.expect!, scenario.name);
    } finally {
      await receiver.close();
    }
  });
});
