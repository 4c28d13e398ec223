import { describe, expect, it } from 'vitest';
import { chaosConfigSchema, chaosDraw, holdsForReorder, isCalm, planChaos, withNulls, withUnknownFields } from './chaos.js';
import { sampleWebhook } from './samples.js';
import { webhookProblems } from './validate.js';

const aggregation = sampleWebhook('AGGREGATION');
const statuses = ['CHALLENGED', 'DENIED', 'LOCKED', 'REJECTED'] as const;
const batch = statuses.map((connection_status) => sampleWebhook('CONNECTION_STATUS', { connection_status }));

describe('webhook chaos', () => {
  it('changes nothing when calm', () => {
    expect(isCalm({})).toBe(true);
    expect(planChaos(batch, {}, 'seed', 0)).toEqual({ deliveries: batch.map((payload, source) => ({ payload, source, duplicate: false, changes: [] })), nextCounter: 4 });
  });

  it('gives the same chaos for the same seed and counter, and other chaos for another seed', () => {
    const config = { duplicate: 0.5, reorder: true, unknown_fields: true, nulls: true };
    expect(planChaos(batch, config, 'seed-a', 7)).toEqual(planChaos(batch, config, 'seed-a', 7));
    expect(planChaos(batch, config, 'seed-a', 7)).not.toEqual(planChaos(batch, config, 'seed-b', 7));
    expect(chaosDraw('seed-a', 7, 'duplicate')).toBe(chaosDraw('seed-a', 7, 'duplicate'));
  });

  it('adds undocumented fields that still pass the spec once exactness is off, and moves the documented ones', () => {
    const { payload, added } = withUnknownFields(aggregation, 'seed', 3);
    expect(added.length).toBeGreaterThanOrEqual(1);
    expect(added.every((name) => /^atrium_mock_unknown_[0-9a-f]{6}$/.test(name))).toBe(true);
    expect(webhookProblems(payload, { exact: false })).toEqual([]);
    expect(webhookProblems(payload).sort()).toEqual(added.map((name) => `${name}: is not a field MX documents for AGGREGATION`).sort());
    const documented = Object.keys(payload).filter((key) => !added.includes(key));
    expect(documented).toEqual(Object.keys(aggregation));
  });

  it('nulls only fields the spec lets be null, at least one, never the guids', () => {
    for (let counter = 0; counter < 20; counter += 1) {
      const { payload, nulled } = withNulls(aggregation, 'seed', counter);
      expect(nulled.length).toBeGreaterThanOrEqual(1);
      expect(webhookProblems(payload)).toEqual([]);
      expect(payload).toMatchObject({ type: 'AGGREGATION', member_guid: aggregation.member_guid, user_guid: aggregation.user_guid });
      for (const field of nulled) expect(payload[field]).toBeNull();
    }
  });

  it('duplicates about as often as configured, the copy right after the original', () => {
    const many = Array.from({ length: 200 }, () => aggregation);
    const { deliveries } = planChaos(many, { duplicate: 0.2 }, 'seed', 0);
    const copies = deliveries.filter((delivery) => delivery.duplicate);
    expect(copies.length).toBeGreaterThan(20);
    expect(copies.length).toBeLessThan(60);
    deliveries.forEach((delivery, index) => {
      if (delivery.duplicate) expect(deliveries[index - 1]).toMatchObject({ source: delivery.source, duplicate: false, payload: delivery.payload });
    });
    expect(planChaos(many, { duplicate: 1 }, 'seed', 0).deliveries).toHaveLength(400);
  });

  it('swaps adjacent deliveries, each moving one place at most', () => {
    const { deliveries } = planChaos(batch, { reorder: true }, 'seed', 0);
    expect(deliveries.map((delivery) => delivery.source).sort()).toEqual([0, 1, 2, 3]);
    deliveries.forEach((delivery, index) => expect(Math.abs(delivery.source - index)).toBeLessThanOrEqual(1));
    const seed = ['a', 'b', 'c', 'd', 'e', 'f'].find((candidate) => planChaos(batch, { reorder: true }, candidate, 0).deliveries[0]!.source === 1);
    expect(seed).toBeDefined();
    const [first, second] = planChaos(batch, { reorder: true }, seed!, 0).deliveries;
    expect(first).toMatchObject({ source: 1, changes: ['swapped with the previous delivery'] });
    expect(second).toMatchObject({ source: 0, changes: ['swapped with the next delivery'] });
  });

  it('holds back about half of the webhooks emitted one at a time when reordering, none otherwise', () => {
    const held = Array.from({ length: 100 }, (_, counter) => holdsForReorder({ reorder: true }, 'seed', counter)).filter(Boolean).length;
    expect(held).toBeGreaterThan(30);
    expect(held).toBeLessThan(70);
    expect(holdsForReorder({}, 'seed', 1)).toBe(false);
  });

  it('accepts the config of the issue and refuses a typo or a probability above 1', () => {
    expect(chaosConfigSchema.parse({ duplicate: 0.2, reorder: true, unknown_fields: true, nulls: true })).toEqual({ duplicate: 0.2, reorder: true, unknown_fields: true, nulls: true });
    expect(chaosConfigSchema.safeParse({ duplicates: 0.2 }).success).toBe(false);
    expect(chaosConfigSchema.safeParse({ duplicate: 2 }).success).toBe(false);
  });
});
