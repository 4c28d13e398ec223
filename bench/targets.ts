/**
 * The servers `npm run bench` measures, started in their own process so the load generator
 * does not share their event loop: (a) bare Express answering a fixed member JSON, (b) the
 * simulator with full request and response validation.
 */
import express from 'express';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createSimulator } from '../src/index.js';

const HEADERS = { 'MX-API-Key': 'bench', 'MX-Client-ID': 'bench', Accept: 'application/vnd.mx.atrium.v1+json' };

const FIXED_MEMBER = {
  member: {
    aggregated_at: '2026-01-15T12:00:00+00:00',
    connection_status: 'CONNECTED',
    guid: 'MBR-7c6f361b-e582-15b6-60c0-358f12466b4b',
    has_processed_accounts: true,
    has_processed_transactions: true,
    is_authenticated: true,
    is_being_aggregated: false,
    status: 'COMPLETED',
    successfully_aggregated_at: '2026-01-15T12:00:04+00:00',
  },
};

const bare = express();
bare.get('/member', (_req, res) => {
  res.json(FIXED_MEMBER);
});
const bareServer = bare.listen(0, '127.0.0.1');
await new Promise((resolve) => bareServer.once('listening', resolve));

const simulator = await createSimulator({ responseValidation: 'strict', logLevel: 'silent' });
const agent = () => request(simulator.url);
const user = (await agent().post('/users').set(HEADERS).send({ user: { identifier: 'bench' } })).body.user.guid as string;
const member = (
  await agent()
    .post(`/users/${user}/members`)
    .set(HEADERS)
    .send({
      member: {
        institution_code: 'mxbank',
        skip_aggregation: true,
        credentials: [
          { guid: 'CRD-9f61fb4c-912c-bd1e-b175-ccc7f0275cc1', value: 'test_atrium' },
          { guid: 'CRD-e3d7ea81-aac7-05e9-fbdd-4b493c6e474d', value: 'password' },
        ],
      },
    })
).body.member.guid as string;
await agent().post(`/users/${user}/members/${member}/identify`).set(HEADERS);
for (let i = 0; i < 5; i += 1) await agent().get(`/users/${user}/members/${member}/status`).set(HEADERS);

process.stdout.write(
  `${JSON.stringify({
    baseline: `http://127.0.0.1:${(bareServer.address() as AddressInfo).port}/member`,
    status: `${simulator.url}/users/${user}/members/${member}/status`,
    owners: `${simulator.url}/users/${user}/members/${member}/account_owners`,
    headers: HEADERS,
  })}\n`,
);
