#!/usr/bin/env node
// Moves every tenant whose replica changed (after a replica was added to the shard router) from
// the replica that keeps its state to the replica the router now sends it to, then forgets it
// on the old one. Needs Node 20 and nothing else; see docs/deploy.md, "Growing from N to N+1".
//
//   node deploy/move-tenants.mjs --router http://localhost:8080 --replicas 4 [--admin-key KEY] [--dry-run]
//
// It asks the router (deploy/nginx/atrium-mock.conf) who owns each tenant: the
// X-Atrium-Mock-Replica header of GET /__mock/health with the tenant's MX-Client-ID, compared
// with the same header of /__replicas/<n>/__mock/health. A tenant the new owner already keeps
// (used since the router changed) is left where it is and reported; the exit code is then 1.
import { parseArgs } from 'node:util';

const USAGE = 'usage: node deploy/move-tenants.mjs --router <url> --replicas <n> [--admin-key <key>] [--dry-run]';
const { values } = parseArgs({
  options: {
    router: { type: 'string' },
    replicas: { type: 'string' },
    'admin-key': { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  },
});
const router = values.router?.replace(/\/+$/, '');
const count = Number(values.replicas);
if (!router || !Number.isInteger(count) || count < 1) {
  console.error(USAGE);
  process.exit(2);
}
const adminKey = values['admin-key'] ?? process.env.ATRIUM_MOCK_ADMIN_KEY;
const headers = (tenant) => ({ ...(adminKey ? { 'X-Mock-Admin-Key': adminKey } : {}), ...(tenant ? { 'MX-Client-ID': tenant } : {}) });

async function call(method, path, tenant, init = {}) {
  const response = await fetch(`${router}${path}`, { method, headers: { ...headers(tenant), ...init.headers }, ...init.body });
  if (response.status !== 200) {
    throw new Error(`${method} ${path}${tenant ? ` (MX-Client-ID ${tenant})` : ''} answered ${response.status}: ${await response.text()}`);
  }
  const replica = response.headers.get('x-atrium-mock-replica');
  if (!replica) throw new Error(`${router} adds no X-Atrium-Mock-Replica header: is it deploy/nginx/atrium-mock.conf?`);
  return { response, replica };
}

// each replica's address as the router reaches it, and the tenants it keeps
const replicas = [];
for (let index = 0; index < count; index += 1) {
  const { response, replica } = await call('GET', `/__replicas/${index}/__mock/health`);
  await response.arrayBuffer();
  const listed = await call('GET', `/__replicas/${index}/__mock/tenants`);
  replicas.push({ index, address: replica, tenants: new Set((await listed.response.json()).tenants) });
}
const byAddress = new Map(replicas.map((replica) => [replica.address, replica]));

let moved = 0;
let stayed = 0;
let skipped = 0;
for (const from of replicas) {
  for (const tenant of from.tenants) {
    const { response, replica: owner } = await call('GET', '/__mock/health', tenant);
    await response.arrayBuffer();
    if (owner === from.address) {
      stayed += 1;
      continue;
    }
    const to = byAddress.get(owner);
    if (!to) throw new Error(`the router sends ${tenant} to ${owner}, which is none of /__replicas/0..${count - 1}: pass the number of replicas it has`);
    if (to.tenants.has(tenant)) {
      console.log(`skipped ${tenant}: replica ${to.index} already keeps it (it was used since the router changed); its state on replica ${from.index} is left as it was`);
      skipped += 1;
      continue;
    }
    if (!values['dry-run']) {
      const snapshot = await call('GET', `/__replicas/${from.index}/__mock/state`, tenant);
      // the snapshot streams from the old replica into the new one, never whole in memory
      const restored = await call('PUT', `/__replicas/${to.index}/__mock/state`, tenant, {
        headers: { 'Content-Type': 'application/json' },
        body: { body: snapshot.response.body, duplex: 'half' },
      });
      await restored.response.arrayBuffer();
      const reset = await call('POST', `/__replicas/${from.index}/__mock/reset`, tenant);
      await reset.response.arrayBuffer();
    }
    console.log(`${values['dry-run'] ? 'would move' : 'moved'} ${tenant}: replica ${from.index} -> replica ${to.index}`);
    moved += 1;
  }
}
console.log(`${moved + stayed + skipped} tenants on ${count} replicas: ${moved} ${values['dry-run'] ? 'to move' : 'moved'}, ${stayed} stay, ${skipped} skipped`);
process.exitCode = skipped > 0 ? 1 : 0;
