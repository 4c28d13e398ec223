import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONNECTION_STATUS_IDS, WEBHOOK_CONNECTION_STATUSES } from '../../src/webhooks/connection-statuses.js';
import { planChaos } from '../../src/webhooks/chaos.js';
import { sampleWebhook } from '../../src/webhooks/samples.js';
import { retryScheduleTable } from '../../src/webhooks/schedule.js';
import { WEBHOOK_TYPES } from '../../src/webhooks/types.js';

const DOC = readFileSync(new URL('../../docs/webhooks.md', import.meta.url), 'utf8');

/** The fenced JSON block right after `<!-- marker -->`. */
function jsonAfter(marker: string): unknown {
  const start = DOC.indexOf(`<!-- ${marker} -->\n\`\`\`json\n`);
  expect(start, `docs/webhooks.md has no JSON block after <!-- ${marker} -->`).toBeGreaterThanOrEqual(0);
  const bodyStart = DOC.indexOf('\n', DOC.indexOf('```json', start)) + 1;
  return JSON.parse(DOC.slice(bodyStart, DOC.indexOf('\n```', bodyStart)));
}

/** The table right after `<!-- marker -->`, up to the blank line. */
const tableAfter = (marker: string): string => DOC.slice(DOC.indexOf(`<!-- ${marker} -->\n`) + `<!-- ${marker} -->\n`.length).split('\n\n')[0]!;

describe('docs/webhooks.md shows real output', () => {
  it.each(WEBHOOK_TYPES)('shows the %s sample exactly as the builders make it, field order included', (type) => {
    const shown = jsonAfter(`sample: ${type}`);
    expect(JSON.stringify(shown, null, 2)).toBe(JSON.stringify(sampleWebhook(type), null, 2));
  });

  it('shows the retry schedule the simulator uses', () => {
    expect(tableAfter('retry-schedule')).toBe(retryScheduleTable());
  });

  it('shows the chaos sample chaos makes for the seed atrium-mock', () => {
    const { deliveries } = planChaos([sampleWebhook('AGGREGATION')], { duplicate: 0.2, reorder: true, unknown_fields: true, nulls: true }, 'atrium-mock', 0);
    expect(JSON.stringify(jsonAfter('chaos-sample'), null, 2)).toBe(JSON.stringify(deliveries[0]!.payload, null, 2));
  });

  it('lists the connection status ids of the statuses that send CONNECTION_STATUS', () => {
    const rows = [...WEBHOOK_CONNECTION_STATUSES].sort((a, b) => CONNECTION_STATUS_IDS[a] - CONNECTION_STATUS_IDS[b]).map((status) => `| ${status} | ${CONNECTION_STATUS_IDS[status]} |`);
    expect(tableAfter('connection-status-ids')).toBe(['| connection_status | connection_status_id |', '|---|---|', ...rows].join('\n'));
  });

  it('documents configuration, the outbox, background aggregation and the script steps, with no placeholder left', () => {
    for (const section of ['## Configuration and delivery', '## The outbox', '## Background aggregation', '## In scripts and scenarios']) expect(DOC).toContain(`\n${section}\n`);
    expect(DOC).toContain('PUT /__mock/webhooks/config');
    expect(DOC).not.toMatch(/TODO|TBD|FIXME|see control plane/);
  });
});
