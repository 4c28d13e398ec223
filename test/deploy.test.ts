import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load, loadAll } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../src/config.js';
import { ADMIN_KEY, ROUTER_CONFIG, Replica, Router, findNginx, freePort, waitForHealth } from './support/shard-cluster.js';

const TENANTS = 300;
const DOCS = readFileSync(join(import.meta.dirname, '../docs/deploy.md'), 'utf8');
/** Workflows in flight at once: enough that the kill lands in the middle of many of them. */
const CONCURRENCY = 24;
/** The response header deploy/nginx/atrium-mock.conf adds: the address of the replica that answered. */
const REPLICA = 'x-atrium-mock-replica';

const atriumHeaders = (tenant: string) => ({ 'MX-API-Key': 'key', 'MX-Client-ID': tenant, Accept: 'application/vnd.mx.atrium.v1+json', 'Content-Type': 'application/json' });
const adminHeaders = (tenant?: string) => ({ 'X-Mock-Admin-Key': ADMIN_KEY, ...(tenant ? { 'MX-Client-ID': tenant } : {}) });

let dir: string;
let replicas: Replica[];
let router: Router;

interface Answer {
  status: number;
  body: any;
  /** Whether an earlier attempt of this request failed (it may have been applied without an answer). */
  retried: boolean;
}

/** What the workflows were told: each answered write, and every replica that answered a tenant. */
interface Acknowledged {
  identifier: string;
  user?: string;
  member?: string;
  owners?: unknown[];
  replicas: Set<string>;
  /** Writes the replica we kill acknowledged before it was killed. */
  beforeKill: number;
}

/** A replica killed and started again while workflows run; requests fail (503 from the router) during the gap. */
class Outage {
  began = false;
  failed = 0;
  /** What the router answered a request for the replica that was down. */
  unavailable: string | undefined;
  #over!: () => void;
  readonly over = new Promise<void>((resolve) => (this.#over = resolve));

  async killAndRestart(replica: Replica): Promise<void> {
    this.began = true;
    await replica.kill();
    await replica.start();
    this.#over();
  }
}

/**
 * An Atrium client as an integration would write one: a failed request (no answer, or the
 * router's 503) is sent again, here once the replica is back, since the test knows when.
 */
function client(outage: Outage, seen: Map<string, Acknowledged>) {
  return async function send(tenant: string, method: string, path: string, body?: unknown): Promise<Answer> {
    for (let attempt = 1; ; attempt += 1) {
      let response: Response;
      try {
        response = await fetch(`${router.url}${path}`, { method, headers: atriumHeaders(tenant), body: body === undefined ? undefined : JSON.stringify(body) });
      } catch (error) {
        if (!outage.began || attempt > 10) throw error;
        outage.failed += 1;
        await outage.over;
        continue;
      }
      const replica = response.headers.get(REPLICA);
      if (replica) seen.get(tenant)!.replicas.add(replica);
      const text = await response.text();
      if (response.status === 503 && outage.began && attempt <= 10) {
        outage.failed += 1;
        outage.unavailable ??= text;
        await outage.over;
        continue;
      }
      return { status: response.status, body: text === '' ? null : JSON.parse(text), retried: attempt > 1 };
    }
  };
}

function expectStatus(answer: Answer, expected: number[], what: string): void {
  if (!expected.includes(answer.status)) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
}

/**
 * Account Owner Identification: user, MX Bank credentials, member without aggregation, /status,
 * identify, /status until it settles, account owners. A 409 on a create that was retried means
 * the first attempt was applied without an answer: the client finds what it created.
 */
async function identification(send: ReturnType<typeof client>, tenant: string, ack: Acknowledged, acknowledge: () => void): Promise<void> {
  const created = await send(tenant, 'POST', '/users', { user: { identifier: ack.identifier } });
  if (created.status === 409 && created.retried) {
    const listed = await send(tenant, 'GET', '/users?records_per_page=100');
    ack.user = (listed.body.users as { guid: string; identifier: string }[]).find((user) => user.identifier === ack.identifier)!.guid;
  } else {
    expectStatus(created, [200], 'POST /users');
    ack.user = created.body.user.guid;
    acknowledge();
  }
  const fields = await send(tenant, 'GET', '/institutions/mxbank/credentials');
  expectStatus(fields, [200], 'GET /institutions/mxbank/credentials');
  const [username, password] = fields.body.credentials as { guid: string }[];
  const member = {
    member: {
      institution_code: 'mxbank',
      skip_aggregation: true,
      credentials: [
        { guid: username!.guid, value: 'test_atrium' },
        { guid: password!.guid, value: 'password' },
      ],
    },
  };
  const connected = await send(tenant, 'POST', `/users/${ack.user}/members`, member);
  if (connected.status === 409 && connected.retried) {
    ack.member = (await send(tenant, 'GET', `/users/${ack.user}/members`)).body.members[0].guid;
  } else {
    expectStatus(connected, [200, 202], 'POST /users/{user_guid}/members');
    ack.member = connected.body.member.guid;
    acknowledge();
  }
  const base = `/users/${ack.user}/members/${ack.member}`;
  const settle = async () => {
    for (let poll = 0; poll < 20; poll += 1) {
      const status = await send(tenant, 'GET', `${base}/status`);
      expectStatus(status, [200], 'GET .../status');
      if (!status.body.member.is_being_aggregated) return status.body.member as { connection_status: string };
    }
    throw new Error(`${tenant}: member ${ack.member} still busy after 20 polls`);
  };
  await settle();
  const identify = await send(tenant, 'POST', `${base}/identify`);
  expectStatus(identify, [200, 202], 'POST .../identify');
  acknowledge();
  expect((await settle()).connection_status).toBe('CONNECTED');
  const owners = await send(tenant, 'GET', `${base}/account_owners`);
  expectStatus(owners, [200], 'GET .../account_owners');
  expect(owners.body.account_owners.length).toBeGreaterThan(0);
  ack.owners = owners.body.account_owners;
}

/** Runs `work` for every item, at most `limit` at a time. */
async function eachWithin<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: limit }, lane));
}

/** Each replica's own tenant list, through its /__replicas/<n>/ location (under the admin key). */
async function tenantsByReplica(): Promise<Map<string, string[]>> {
  const lists = new Map<string, string[]>();
  for (const replica of replicas) {
    const response = await fetch(`${router.url}/__replicas/${replica.index}/__mock/tenants`, { headers: adminHeaders() });
    expect(response.status).toBe(200);
    expect(response.headers.get(REPLICA)).toBe(replica.address);
    lists.set(replica.address, ((await response.json()) as { tenants: string[] }).tenants);
  }
  return lists;
}

describe('three replicas behind nginx, sharded by MX-Client-ID', () => {
  beforeAll(async () => {
    // fails at once, saying how to install it, when nginx is missing
    findNginx();
    dir = mkdtempSync(join(tmpdir(), 'shards-'));
    replicas = [];
    for (let index = 0; index < 3; index += 1) replicas.push(new Replica(index, await freePort(), join(dir, `replica-${index}.db`)));
    router = new Router(join(dir, 'nginx'), await freePort());
    await Promise.all(replicas.map((replica) => replica.start()));
    await router.start(replicas);
  }, 30_000);

  afterAll(async () => {
    await router?.stop();
    await Promise.all((replicas ?? []).map((replica) => replica.kill()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write of 300 identification workflows, and every tenant on one replica, through a kill -9 of a replica in the middle', { timeout: 90_000 }, async () => {
    const tenants = Array.from({ length: TENANTS }, (_, n) => `tenant-${String(n).padStart(3, '0')}`);
    const seen = new Map(tenants.map((tenant) => [tenant, { identifier: `owner-of-${tenant}`, replicas: new Set<string>(), beforeKill: 0 } as Acknowledged]));
    const outage = new Outage();
    const victim = replicas[1]!;
    const send = client(outage, seen);
    let finished = 0;
    let restarted: Promise<void> | undefined;
    await eachWithin(tenants, CONCURRENCY, async (tenant) => {
      const ack = seen.get(tenant)!;
      await identification(send, tenant, ack, () => {
        if (!outage.began && ack.replicas.has(victim.address)) ack.beforeKill += 1;
      });
      finished += 1;
      // a third of the way in, with CONCURRENCY workflows in flight
      if (finished === TENANTS / 3) restarted = outage.killAndRestart(victim);
    });
    await restarted;

    // the kill happened while workflows ran: requests failed, and the victim had acknowledged writes before it
    expect(outage.failed).toBeGreaterThan(0);
    expect(DOCS).toContain(`\`\`\`json\n${outage.unavailable}\n\`\`\``);
    expect([...seen.values()].reduce((sum, ack) => sum + ack.beforeKill, 0)).toBeGreaterThan(10);

    // every acknowledged write is there, read back through the router
    for (const [tenant, ack] of seen) {
      const users = await send(tenant, 'GET', '/users?records_per_page=100');
      expect(users.body.users.map((user: { guid: string; identifier: string }) => [user.guid, user.identifier])).toEqual([[ack.user, ack.identifier]]);
      const members = await send(tenant, 'GET', `/users/${ack.user}/members`);
      expect(members.body.members.map((member: { guid: string }) => member.guid)).toEqual([ack.member]);
      expect((await send(tenant, 'GET', `/users/${ack.user}/members/${ack.member}/account_owners`)).body.account_owners).toEqual(ack.owners);
    }

    // every tenant was answered by one replica only, and that replica alone keeps it
    const lists = await tenantsByReplica();
    for (const [tenant, ack] of seen) {
      expect([...ack.replicas], tenant).toHaveLength(1);
      const keepers = [...lists].filter(([, listed]) => listed.includes(tenant)).map(([address]) => address);
      expect(keepers, tenant).toEqual([...ack.replicas]);
    }
    expect([...lists.values()].flat().sort()).toEqual(tenants);
    for (const listed of lists.values()) expect(listed.length).toBeGreaterThan(TENANTS / 6);
  });

  it('sends an OAuth window or a Connect widget URL, which has no MX-Client-ID, to the replica that issued its token', async () => {
    const opened = new Set<string>();
    for (let n = 0; n < 9; n += 1) {
      const tenant = `browser-${n}`;
      const user = ((await (await fetch(`${router.url}/users`, { method: 'POST', headers: atriumHeaders(tenant), body: JSON.stringify({ user: { identifier: 'browser' } }) })).json()) as { user: { guid: string } }).user.guid;
      const created = await fetch(`${router.url}/users/${user}/members`, { method: 'POST', headers: atriumHeaders(tenant), body: JSON.stringify({ member: { institution_code: 'mx_bank_oauth', is_oauth: true } }) });
      expect(created.status).toBe(202);
      const owner = created.headers.get(REPLICA)!;
      const member = ((await created.json()) as { member: { guid: string; oauth_window_uri: string } }).member;
      // the simulator builds the URL from the Host the client sent: the router's
      expect(member.oauth_window_uri).toMatch(new RegExp(`^${router.url}/oauth/window/[A-Za-z0-9]{48}$`));
      const window = await fetch(member.oauth_window_uri, { redirect: 'manual' });
      expect(window.status).toBe(200);
      expect(await window.text()).toContain('OAuth complete');
      // every replica asked, in turn: the last one answered
      expect(window.headers.get(REPLICA)!.split(', ').at(-1)).toBe(owner);
      opened.add(owner);
      const after = (await (await fetch(`${router.url}/users/${user}/members/${member.guid}`, { headers: atriumHeaders(tenant) })).json()) as { member: { connection_status: string } };
      expect(after.member.connection_status).toBe('CONNECTED');

      const widget = (await (await fetch(`${router.url}/users/${user}/connect_widget_url`, { method: 'POST', headers: atriumHeaders(tenant), body: '{}' })).json()) as { user: { connect_widget_url: string } };
      expect(widget.user.connect_widget_url.startsWith(`${router.url}/connect/`)).toBe(true);
      const page = await fetch(widget.user.connect_widget_url);
      expect(page.status).toBe(200);
      expect(page.headers.get(REPLICA)!.split(', ').at(-1)).toBe(owner);
    }
    expect(opened.size).toBeGreaterThan(1);
    // a token no replica issued: every replica was asked, the last one's answer is the simulator's 404 page
    const unknown = await fetch(`${router.url}/oauth/window/${'x'.repeat(48)}`);
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('This OAuth window link is unknown');
  });

  it('refuses operations across tenants at the router, which would reach one replica only, and reaches each replica under /__replicas/<n>/', async () => {
    const before = await tenantsByReplica();
    const listed = await fetch(`${router.url}/__mock/tenants`, { headers: adminHeaders() });
    expect(listed.status).toBe(421);
    expect(DOCS).toContain(`\`\`\`json\n${await listed.text()}\n\`\`\``);
    for (const [method, path] of [['POST', '/__mock/reset?scope=all'], ['GET', '/__mock/metrics?scope=all']] as const) {
      const refused = await fetch(`${router.url}${path}`, { method, headers: adminHeaders() });
      expect(refused.status).toBe(421);
      expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('scope=all would reach one replica only');
    }
    expect(await tenantsByReplica()).toEqual(before);
    // a tenant's own control plane goes to its replica, as its Atrium calls do
    const [keeper, kept] = [...before].find(([, tenants]) => tenants.length > 0)!;
    const health = await fetch(`${router.url}/__mock/health`, { headers: { 'MX-Client-ID': kept[0]! } });
    expect(health.status).toBe(200);
    expect(health.headers.get(REPLICA)).toBe(keeper);
    const own = await fetch(`${router.url}/__router/health`);
    expect(await own.json()).toEqual({ status: 'ok' });
  });

  it('grows to four replicas: deploy/move-tenants.mjs moves the tenants whose replica changed, with their state, and forgets them on the old one', { timeout: 60_000 }, async () => {
    const tenants = [...(await tenantsByReplica()).values()].flat().sort();
    const state = async (tenant: string) => {
      const response = await fetch(`${router.url}/__mock/state`, { headers: adminHeaders(tenant) });
      return { replica: response.headers.get(REPLICA)!, snapshot: await response.json() };
    };
    const before = new Map<string, { replica: string; snapshot: unknown }>();
    for (const tenant of tenants) before.set(tenant, await state(tenant));

    const added = new Replica(3, await freePort(), join(dir, 'replica-3.db'));
    await added.start();
    replicas.push(added);
    router.reload(replicas);
    await waitForHealth(`${router.url}/__replicas/3/__mock/health`, router.exited, 'nginx', () => router.errorLog());
    const move = () => execFileSync(process.execPath, ['deploy/move-tenants.mjs', '--router', router.url, '--replicas', '4', '--admin-key', ADMIN_KEY], { encoding: 'utf8' }).trim().split('\n');

    const report = move();
    const moved = report.filter((line) => line.startsWith('moved '));
    expect(report.at(-1)).toBe(`${tenants.length} tenants on 4 replicas: ${moved.length} moved, ${tenants.length - moved.length} stay, 0 skipped`);
    // consistent hashing: about a quarter of the tenants changed replica, all of them to the new one
    expect(moved.length).toBeGreaterThan(tenants.length * 0.1);
    expect(moved.length).toBeLessThan(tenants.length * 0.45);
    for (const line of moved) expect(line).toMatch(/: replica [0-2] -> replica 3$/);

    const lists = await tenantsByReplica();
    expect(lists.get(added.address)).toHaveLength(moved.length);
    for (const tenant of tenants) {
      const after = await state(tenant);
      expect(after.snapshot, tenant).toEqual(before.get(tenant)!.snapshot);
      expect([...lists].filter(([, listed]) => listed.includes(tenant)).map(([address]) => address), tenant).toEqual([after.replica]);
    }
    // docs/deploy.md shows lines of one such run
    const sample = /The output of the test's run[\s\S]*?```text\n([\s\S]*?)```/.exec(DOCS)![1]!.split('\n').map((line) => line.trim()).filter((line) => line !== '' && line !== '...');
    for (const line of sample.slice(0, -1)) expect(line).toMatch(/^moved (tenant-\d{3}|browser-\d): replica [0-2] -> replica 3$/);
    const [, total, count, stay] = /^(\d+) tenants on 4 replicas: (\d+) moved, (\d+) stay, 0 skipped$/.exec(sample.at(-1)!)!;
    expect([Number(total), Number(count) + Number(stay)]).toEqual([tenants.length, tenants.length]);
    expect(move().at(-1)).toBe(`${tenants.length} tenants on 4 replicas: 0 moved, ${tenants.length} stay, 0 skipped`);
  });
});

const deploy = (path: string) => join(import.meta.dirname, '../deploy', path);
/** The routing rules without the opening comments (which name the files they sit in). */
const rules = (conf: string) => conf.slice(conf.search(/^[^#\n]/m));
/** The replica names a config routes to, in order. */
const upstreamServers = (conf: string) => [...conf.matchAll(/^\s*server ([\w.-]+:\d+) max_fails=0;$/gm)].map((match) => match[1]);

describe('the deployment files', () => {
  it('docker-compose.yml runs three replicas built from the Dockerfile, each with its own volume and database, behind nginx with deploy/nginx/atrium-mock.conf', () => {
    const compose = load(readFileSync(deploy('docker-compose.yml'), 'utf8')) as any;
    const names = ['replica-0', 'replica-1', 'replica-2'];
    expect(Object.keys(compose.services).sort()).toEqual([...names, 'router']);
    for (const name of names) {
      const replica = compose.services[name];
      expect(existsSync(join(deploy(replica.build.context), 'Dockerfile'))).toBe(true);
      expect(replica.environment.ATRIUM_MOCK_STATE_FILE).toBe('/data/state.db');
      expect(replica.volumes).toEqual([`${name}-data:/data`]);
      expect(compose.volumes).toHaveProperty(`${name}-data`);
    }
    // the image listens on the simulator's default port, 8080, which the router's upstreams name
    const dockerfile = readFileSync(join(import.meta.dirname, '../Dockerfile'), 'utf8');
    expect(dockerfile).toMatch(/^EXPOSE 8080$/m);
    expect(dockerfile).not.toMatch(/^ENV .*PORT=/m);
    expect(DEFAULT_CONFIG.port).toBe(8080);
    const { router } = compose.services;
    expect(router.image).toMatch(/^nginx:/);
    expect(router.ports).toEqual(['8080:8080']);
    const [source, target] = (router.volumes[0] as string).split(':');
    expect(deploy(source!)).toBe(ROUTER_CONFIG);
    expect(target).toBe('/etc/nginx/conf.d/default.conf');
    expect(Object.keys(router.depends_on).sort()).toEqual(names);
    expect(upstreamServers(readFileSync(ROUTER_CONFIG, 'utf8'))).toEqual(names.map((name) => `${name}:8080`));
  });

  it('kubernetes/ has a StatefulSet with a volume claim per replica, health probes and a Service per pod, and nginx routing to those Services with the same config', () => {
    const kustomization = load(readFileSync(deploy('kubernetes/kustomization.yaml'), 'utf8')) as { resources: string[] };
    const objects = kustomization.resources.flatMap((file) => loadAll(readFileSync(deploy(`kubernetes/${file}`), 'utf8')) as any[]);
    const find = (kind: string, name: string) => objects.find((object) => object.kind === kind && object.metadata.name === name);
    const statefulSet = objects.find((object) => object.kind === 'StatefulSet');
    const pod = statefulSet.spec.template.spec;
    const [container] = pod.containers;
    expect(statefulSet.spec.selector.matchLabels).toEqual(statefulSet.spec.template.metadata.labels);

    const headless = find('Service', statefulSet.spec.serviceName);
    expect(headless.spec.clusterIP).toBe('None');
    expect(headless.spec.selector).toEqual(statefulSet.spec.template.metadata.labels);

    const [claim] = statefulSet.spec.volumeClaimTemplates;
    expect(claim.spec.accessModes).toEqual(['ReadWriteOnce']);
    expect(container.volumeMounts).toEqual([{ name: claim.metadata.name, mountPath: '/data' }]);
    expect(container.env).toContainEqual({ name: 'ATRIUM_MOCK_STATE_FILE', value: '/data/state.db' });
    expect(container.ports).toEqual([{ name: 'http', containerPort: 8080 }]);
    for (const probe of [container.readinessProbe, container.livenessProbe]) expect(probe.httpGet).toEqual({ path: '/__mock/health', port: 'http' });

    const podServices = Array.from({ length: statefulSet.spec.replicas }, (_, n) => find('Service', `${statefulSet.metadata.name}-${n}`));
    for (const [n, service] of podServices.entries()) {
      expect(service.spec.selector).toEqual({ 'statefulset.kubernetes.io/pod-name': `${statefulSet.metadata.name}-${n}` });
      expect(service.spec.ports).toEqual([{ name: 'http', port: 8080, targetPort: 'http' }]);
    }

    const router = objects.find((object) => object.kind === 'Deployment');
    const [nginx] = router.spec.template.spec.containers;
    const config = find('ConfigMap', router.spec.template.spec.volumes[0].configMap.name);
    expect(nginx.volumeMounts).toEqual([{ name: router.spec.template.spec.volumes[0].name, mountPath: '/etc/nginx/conf.d', readOnly: true }]);
    expect(nginx.image).toBe((load(readFileSync(deploy('docker-compose.yml'), 'utf8')) as any).services.router.image);
    for (const probe of [nginx.readinessProbe, nginx.livenessProbe]) expect(probe.httpGet).toEqual({ path: '/__router/health', port: 'http' });
    const conf = config.data['atrium-mock.conf'] as string;
    expect(rules(conf)).toBe(rules(readFileSync(ROUTER_CONFIG, 'utf8')).replace(/replica-(\d+):8080/g, `${statefulSet.metadata.name}-$1:8080`));
    expect(upstreamServers(conf)).toEqual(podServices.map((service) => `${service.metadata.name}:8080`));
    const front = find('Service', router.metadata.name);
    expect(front.spec.selector).toEqual(router.spec.template.metadata.labels);
    expect(front.spec.ports).toEqual([{ name: 'http', port: 8080, targetPort: 'http' }]);
  });
});
