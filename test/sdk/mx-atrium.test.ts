/**
 * The official Atrium Node SDK (npm `mx-atrium` 2.9.7, unchanged) against the simulator: only its
 * base path points at the simulator. The SDK speaks camelCase to its caller and snake_case on the
 * wire, resolves every 2xx as `{ response, body }` and rejects anything else with the same shape.
 * Every one of its 44 methods is called here (the last test checks); 2.9.7 has no method for the
 * other four Atrium operations: listMerchants, listMerchantLocations, readMerchantLocation and
 * readOAuthWindowURI.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as mxAtrium from 'mx-atrium';
import { AtriumClient, type MemberConnectionStatus } from 'mx-atrium';
import { describe, expect, it } from 'vitest';
import { OPERATION_ROUTES } from '../../src/client/operations.js';
import { failureOf, newTenant, sharedSimulator, withSimulator } from '../client/support.js';

/** Every API method of the SDK, and the ones these tests called (recorded on the SDK's prototypes). */
const sdkMethods = new Set<string>();
const calledMethods = new Set<string>();
for (const [name, api] of Object.entries(mxAtrium)) {
  if (!name.endsWith('Api') || typeof api !== 'function') continue;
  const prototype = (api as unknown as { prototype: Record<string, unknown> }).prototype;
  for (const method of Object.getOwnPropertyNames(prototype)) {
    const descriptor = Object.getOwnPropertyDescriptor(prototype, method)!;
    if (method === 'constructor' || typeof descriptor.value !== 'function' || /^set[A-Z]/.test(method)) continue;
    sdkMethods.add(method);
    const original = descriptor.value as (...args: unknown[]) => unknown;
    prototype[method] = function (this: unknown, ...args: unknown[]) {
      calledMethods.add(method);
      return original.apply(this, args);
    };
  }
}

type SdkOutcome = { response: { statusCode: number; headers: Record<string, string>; body: unknown }; body: unknown };

const sim = sharedSimulator();

/** The SDK exactly as a team would construct it, pointed at the simulator, in a fresh tenant. */
const sdk = (url = sim.url) => new AtriumClient('sdk-api-key', newTenant('sdk-client'), url);

/** What an SDK call rejected with (the SDK rejects with `{ response, body }`, not an Error). */
const rejected = async (call: PromiseLike<unknown>) => (await failureOf(call)) as SdkOutcome;

/** The JSON the simulator sent, as `request` parsed it before the SDK's deserializer ran. */
const wire = <T>(outcome: { response: object }) => (outcome.response as { body: T }).body;

/** A user and a skip_aggregation MX Bank member created through the SDK; the password picks the behaviour. */
async function sdkMember(client: AtriumClient, password: string) {
  const user = (await client.users.createUser({ user: { identifier: `sdk-${password}` } })).body.user!;
  const fields = (await client.institutions.readInstitutionCredentials('mxbank')).body.credentials!;
  const created = await client.members.createMember(user.guid!, {
    member: {
      institutionCode: 'mxbank',
      skipAggregation: true,
      credentials: fields.map((field) => ({ guid: field.guid, value: field.fieldName === 'PASSWORD' ? password : 'test_atrium' })),
    },
  });
  return { userGuid: user.guid!, memberGuid: created.body.member!.guid!, created };
}

/** Polls readMemberStatus (at most 20 reads) until the member is CHALLENGED or its job stopped. */
async function pollStatus(client: AtriumClient, memberGuid: string, userGuid: string): Promise<MemberConnectionStatus> {
  for (let poll = 0; poll < 20; poll += 1) {
    const status = (await client.members.readMemberStatus(memberGuid, userGuid)).body.member!;
    if (status.connectionStatus === 'CHALLENGED' || !status.isBeingAggregated) return status;
  }
  throw new Error(`member ${memberGuid} still aggregating after 20 polls`);
}

describe('the official mx-atrium SDK against the simulator', () => {
  it('runs Account Owner Identification with a TEXT challenge and its follow-up', async () => {
    const client = sdk();
    const institutions = (await client.institutions.listInstitutions(undefined, 1, 100, true)).body.institutions!;
    expect(institutions.map((institution) => institution.code)).toContain('mxbank');
    expect(institutions.every((institution) => institution.supportsAccountIdentification)).toBe(true);

    const { userGuid, memberGuid, created } = await sdkMember(client, 'challenge');
    expect(created.response.statusCode).toBe(202);
    expect(created.body.member).toMatchObject({ connectionStatus: 'CREATED', isBeingAggregated: false, institutionCode: 'mxbank' });

    const identified = await client.identity.identifyMember(memberGuid, userGuid);
    expect(identified.response.statusCode).toBe(200);
    expect(identified.body.member).toMatchObject({ isBeingAggregated: true, status: 'INITIATED' });

    const answers = ['challenge', 'correct'];
    const asked: string[] = [];
    let status = await pollStatus(client, memberGuid, userGuid);
    while (status.connectionStatus === 'CHALLENGED') {
      expect(status.challenges).toHaveLength(1);
      const challenges = (await client.members.listMemberMFAChallenges(memberGuid, userGuid)).body.challenges!;
      expect(challenges).toEqual(status.challenges);
      asked.push(challenges[0]!.label!);
      const resumed = await client.members.resumeMember(memberGuid, userGuid, { member: { challenges: [{ guid: challenges[0]!.guid, value: answers.shift() }] } });
      expect(resumed.response.statusCode).toBe(202);
      expect(resumed.body.member).toMatchObject({ connectionStatus: 'RESUMED', status: 'RECEIVED', isBeingAggregated: true });
      status = await pollStatus(client, memberGuid, userGuid);
    }
    expect(asked).toEqual(['What city were you born in?', 'What is the name of your first pet?']);
    expect(status).toMatchObject({ connectionStatus: 'CONNECTED', status: 'COMPLETED', isBeingAggregated: false, isAuthenticated: true, hasProcessedAccounts: true });

    const noChallenges = await client.members.listMemberMFAChallenges(memberGuid, userGuid);
    expect(noChallenges.response.statusCode).toBe(204);
    expect(noChallenges.body).toBeUndefined(); // typed ChallengesResponseBody, but undefined on 204

    const owners = (await client.identity.listAccountOwners(memberGuid, userGuid)).body.accountOwners!;
    expect(owners.length).toBeGreaterThan(0);
    for (const owner of owners) {
      expect(owner).toMatchObject({ memberGuid, userGuid, ownerName: expect.any(String), accountGuid: expect.stringMatching(/^ACT-/), postalCode: expect.any(String) });
    }
  });

  it('answers an OPTIONS challenge through resumeMember with the chosen option value', async () => {
    const client = sdk();
    const { userGuid, memberGuid } = await sdkMember(client, 'options');
    await client.identity.identifyMember(memberGuid, userGuid);
    const challenge = (await pollStatus(client, memberGuid, userGuid)).challenges![0]!;
    expect(challenge.type).toBe('OPTIONS');
    const blue = challenge.options!.find((option) => option.label === 'Blue')!;
    await client.members.resumeMember(memberGuid, userGuid, { member: { challenges: [{ guid: challenge.guid, value: blue.value }] } });
    expect(await pollStatus(client, memberGuid, userGuid)).toMatchObject({ connectionStatus: 'CONNECTED', isBeingAggregated: false });
  });

  it('resolves identify while identification runs (202) like a start (200)', async () => {
    const client = sdk();
    const { userGuid, memberGuid } = await sdkMember(client, 'password');
    await client.identity.identifyMember(memberGuid, userGuid);
    const again = await client.identity.identifyMember(memberGuid, userGuid);
    expect(again.response.statusCode).toBe(202);
    expect(again.body.member).toMatchObject({ guid: memberGuid, isBeingAggregated: true });
  });

  it('rejects a conflicting job (409) with { response, body }; the MX message is only on response.body', async () => {
    const client = sdk();
    const { userGuid, memberGuid } = await sdkMember(client, 'password');
    await client.identity.identifyMember(memberGuid, userGuid);
    const conflict = await rejected(client.members.aggregateMember(memberGuid, userGuid));
    expect(conflict.response.statusCode).toBe(409);
    expect(conflict.response.body).toEqual({ error: { message: expect.stringContaining('already running an identification') } });
    expect(conflict.body).toEqual({ member: undefined });
  });

  it('rejects an unknown member with 404', async () => {
    const client = sdk();
    const { userGuid } = await sdkMember(client, 'password');
    const missing = await rejected(client.members.readMember('MBR-00000000-0000-0000-0000-000000000000', userGuid));
    expect(missing.response.statusCode).toBe(404);
  });

  it('identifies the test GUIDs without a job and lists Donnie Darko', async () => {
    const client = sdk();
    const identified = await client.identity.identifyMember('test_atrium_member', 'test_atrium');
    expect(identified.response.statusCode).toBe(200);
    expect(identified.body.member).toMatchObject({ guid: 'test_atrium_member', userGuid: 'test_atrium', connectionStatus: 'CONNECTED', isBeingAggregated: false });
    expect((await client.members.readMemberStatus('test_atrium_member', 'test_atrium')).body.member).toMatchObject({ connectionStatus: 'CONNECTED', isBeingAggregated: false });
    const owners = (await client.identity.listAccountOwners('test_atrium_member', 'test_atrium')).body.accountOwners!;
    expect(owners[0]).toEqual(
      expect.objectContaining({
        guid: 'ACO-63dc7714-6fc0-4aa2-a069-c06cdccd1af9',
        accountGuid: 'ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1',
        ownerName: 'Donnie Darko',
        address: '123 This Way',
        city: 'Middlesex',
        state: 'VA',
        postalCode: '00000-0000',
        country: 'US',
        email: 'donnie@darko.co',
        memberGuid: 'test_atrium_member',
        userGuid: 'test_atrium',
      }),
    );
  });

  it('drops the fields its models lack (owner phone, credential display_order) though the simulator sends them', async () => {
    const client = sdk();
    const owners = await client.identity.listAccountOwners('test_atrium_member', 'test_atrium');
    expect(wire<{ account_owners: { phone: string }[] }>(owners).account_owners[0]!.phone).toBe('555-555-5555');
    expect(owners.body.accountOwners![0]).not.toHaveProperty('phone');
    const credentials = await client.institutions.readInstitutionCredentials('mxbank');
    expect(wire<{ credentials: { display_order: number }[] }>(credentials).credentials[0]!.display_order).toBe(0);
    expect(credentials.body.credentials![0]).not.toHaveProperty('displayOrder');
  });

  it('lists statements, reads one (the simulator sends the root key `user` the SDK reads, beside `statement`) and downloads the PDF', async () => {
    const client = sdk();
    const { userGuid, memberGuid } = await sdkMember(client, 'password');
    await client.statements.fetchStatements(memberGuid, userGuid);
    expect(await pollStatus(client, memberGuid, userGuid)).toMatchObject({ connectionStatus: 'CONNECTED', isBeingAggregated: false });
    const statements = (await client.statements.listMemberStatements(memberGuid, userGuid)).body.statements!;
    expect(statements.length).toBeGreaterThan(0);
    const statementGuid = statements[0]!.guid!;

    const read = await client.statements.readMemberStatement(memberGuid, userGuid, statementGuid);
    expect(read.body.user).toMatchObject({ guid: statementGuid, contentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(wire<{ statement: { guid: string } }>(read).statement.guid).toBe(statementGuid);

    const pdf = await client.statements.downloadStatementPdf(memberGuid, userGuid, statementGuid);
    expect(Buffer.from(pdf.body as Buffer).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('resolves readMemberStatement empty when the simulator sends only MX\'s documented key (statementRootKey: statement)', async () => {
    const read = await withSimulator({ statementRootKey: 'statement' }, async (docs) => {
      const client = sdk(docs.url);
      const statementGuid = 'STA-737a344b-caae-0f6e-1384-01f52e75dcb1';
      return client.statements.readMemberStatement('test_atrium_member', 'test_atrium', statementGuid);
    });
    expect(read.body.user).toBeUndefined();
    expect(wire<{ statement: { guid: string } }>(read).statement.guid).toBe('STA-737a344b-caae-0f6e-1384-01f52e75dcb1');
  });

  it('creates, reads, updates, lists and deletes users', async () => {
    const client = sdk();
    const created = (await client.users.createUser({ user: { identifier: 'sdk-crud', metadata: '{"a":1}' } })).body.user!;
    expect((await client.users.readUser(created.guid!)).body.user).toEqual(created);
    const updated = await client.users.updateUser(created.guid!, { user: { metadata: '{"a":2}', isDisabled: true } });
    expect(updated.body.user).toMatchObject({ guid: created.guid, identifier: 'sdk-crud', metadata: '{"a":2}', isDisabled: true });
    const listed = await client.users.listUsers(1, 10);
    expect(listed.body.users!.map((user) => user.guid)).toEqual([created.guid]);
    expect(listed.body.pagination).toEqual({ currentPage: 1, perPage: 10, totalEntries: 1, totalPages: 1 });
    expect((await client.users.deleteUser(created.guid!)).response.statusCode).toBe(204);
    expect((await rejected(client.users.readUser(created.guid!))).response.statusCode).toBe(404);
  });

  it('reads an institution and sees the ETag and Rails headers vestibule sent', async () => {
    const client = sdk();
    const read = await client.institutions.readInstitution('mxbank');
    expect(read.body.institution).toMatchObject({ code: 'mxbank', name: 'MX Bank', supportsAccountVerification: true });
    expect(read.response.headers).toMatchObject({ etag: expect.stringMatching(/^W\/"[0-9a-f]{32}"$/), 'cache-control': 'max-age=0, private, must-revalidate', 'x-frame-options': 'SAMEORIGIN' });
  });

  it('reads, updates and lists members and their credentials, aggregates, checks balances, extends history and deletes', async () => {
    const client = sdk();
    const { userGuid, memberGuid } = await sdkMember(client, 'password');
    const member = (await client.members.readMember(memberGuid, userGuid)).body.member!;
    expect(member).toMatchObject({ guid: memberGuid, userGuid, institutionCode: 'mxbank', connectionStatus: 'CREATED' });
    const updated = await client.members.updateMember(memberGuid, userGuid, { member: { metadata: 'renamed' } });
    expect(updated.body.member).toMatchObject({ guid: memberGuid, metadata: 'renamed' });
    expect((await client.members.listMembers(userGuid, 1, 10)).body.members!.map((each) => each.guid)).toEqual([memberGuid]);
    const credentials = (await client.members.listMemberCredentials(memberGuid, userGuid)).body.credentials!;
    expect(credentials.map((credential) => credential.fieldName)).toEqual(['LOGIN', 'PASSWORD']);

    const aggregating = await client.members.aggregateMember(memberGuid, userGuid);
    expect(aggregating.response.statusCode).toBe(202);
    expect(await pollStatus(client, memberGuid, userGuid)).toMatchObject({ connectionStatus: 'CONNECTED', isBeingAggregated: false });
    const balances = await client.members.aggregateMemberBalances(memberGuid, userGuid);
    expect(balances.body.member).toMatchObject({ guid: memberGuid, isBeingAggregated: true });
    await pollStatus(client, memberGuid, userGuid);
    const history = await client.members.extendHistory(memberGuid, userGuid);
    expect(history.body.member).toMatchObject({ guid: memberGuid, isBeingAggregated: true });
    await pollStatus(client, memberGuid, userGuid);

    expect((await client.members.deleteMember(memberGuid, userGuid)).response.statusCode).toBe(204);
    expect((await rejected(client.members.readMember(memberGuid, userGuid))).response.statusCode).toBe(404);
  });

  it('lists and reads accounts, transactions and holdings per user, member and account, and reads a merchant', async () => {
    const client = sdk();
    const { userGuid, memberGuid } = await sdkMember(client, 'password');
    await client.members.aggregateMember(memberGuid, userGuid);
    await pollStatus(client, memberGuid, userGuid);

    const accounts = (await client.accounts.listUserAccounts(userGuid, 1, 25)).body.accounts!;
    expect(accounts.map((account) => account.name)).toContain('Test Checking Account 1');
    expect((await client.members.listMemberAccounts(memberGuid, userGuid, 1, 25)).body.accounts).toEqual(accounts);
    const checking = accounts.find((account) => account.name === 'Test Checking Account 1')!;
    expect((await client.accounts.readAccount(checking.guid!, userGuid)).body.account).toEqual(checking);
    expect((await client.accounts.readAccountByMemberGUID(checking.guid!, memberGuid, userGuid)).body.account).toEqual(checking);

    const transactions = (await client.transactions.listUserTransactions(userGuid, 1, undefined, 100)).body.transactions!;
    expect(transactions.length).toBeGreaterThan(0);
    const memberTransactions = (await client.members.listMemberTransactions(memberGuid, userGuid, undefined, undefined, 1, 100)).body.transactions!;
    expect(memberTransactions).toEqual(transactions);
    const ofChecking = (await client.accounts.listAccountTransactions(checking.guid!, userGuid, undefined, undefined, 1, 100)).body.transactions!;
    expect(ofChecking.length).toBeGreaterThan(0);
    expect(ofChecking.every((transaction) => transaction.accountGuid === checking.guid)).toBe(true);
    const first = transactions[0]!;
    expect((await client.transactions.readTransaction(first.guid!, userGuid)).body.transaction).toEqual(first);

    const withMerchant = transactions.find((transaction) => transaction.merchantGuid)!;
    const merchant = (await client.merchants.readMerchant(withMerchant.merchantGuid!)).body.merchant!;
    expect(merchant).toMatchObject({ guid: withMerchant.merchantGuid, name: expect.any(String) });

    const holdings = (await client.holdings.listHoldings(userGuid)).body.holdings!;
    expect(holdings.map((holding) => holding.symbol)).toContain('DEF');
    expect((await client.holdings.listHoldingsByMember(memberGuid, userGuid)).body.holdings).toEqual(holdings);
    const investment = holdings[0]!.accountGuid!;
    expect((await client.holdings.listHoldingsByAccount(investment, userGuid)).body.holdings).toEqual(holdings.filter((holding) => holding.accountGuid === investment));
    expect((await client.holdings.readHolding(holdings[0]!.guid!, userGuid)).body.holding).toEqual(holdings[0]);
  });

  it('verifies a member and lists its account numbers, per member and per account', async () => {
    const client = sdk();
    const { userGuid, memberGuid } = await sdkMember(client, 'password');
    const verifying = await client.verification.verifyMember(memberGuid, userGuid);
    expect(verifying.response.statusCode).toBe(200);
    expect(await pollStatus(client, memberGuid, userGuid)).toMatchObject({ connectionStatus: 'CONNECTED', isBeingAggregated: false });
    const numbers = (await client.verification.listAccountNumbers(memberGuid, userGuid)).body.accountNumbers!;
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers[0]).toMatchObject({ accountNumber: expect.any(String), routingNumber: expect.any(String), memberGuid, userGuid });
    const byAccount = (await client.verification.listAccountNumbersByAccount(numbers[0]!.accountGuid!, userGuid)).body.accountNumbers!;
    expect(byAccount).toEqual(numbers.filter((number) => number.accountGuid === numbers[0]!.accountGuid));
  });

  it('cleanses and categorizes transactions (snake_case on the wire from its camelCase model)', async () => {
    const client = sdk();
    const categorized = await client.transactions.cleanseAndCategorizeTransactions({
      transactions: [{ amount: 61.11, description: 'WHOLEFDS 10234 AUSTIN TX', identifier: '1', merchantCategoryCode: 5411, type: 'DEBIT' }],
    });
    expect(categorized.body.transactions).toEqual([expect.objectContaining({ identifier: '1', category: 'Groceries', description: 'Whole Foods', merchantCategoryCode: 5411 })]);
  });

  it('gets a Connect widget URL with an empty options model, and with options', async () => {
    const client = sdk();
    const user = (await client.users.createUser({ user: { identifier: 'sdk-widget' } })).body.user!;
    const plain = (await client.connectWidget.getConnectWidget(user.guid!, {})).body.user!;
    expect(plain).toEqual({ guid: user.guid, connectWidgetUrl: expect.stringMatching(/\/connect\/[A-Za-z0-9]{48}$/) });
    const options = await client.connectWidget.getConnectWidget(user.guid!, { isMobileWebview: true, mode: 'verification', uiMessageVersion: 4, currentInstitutionCode: 'mxbank' });
    expect(options.body.user!.connectWidgetUrl).not.toBe(plain.connectWidgetUrl);
  });

  it('sends Accept: application/json, so a simulator started with strictAccept refuses it with 406', async () => {
    const refused = await withSimulator({ strictAccept: true }, (strict) => rejected(sdk(strict.url).users.listUsers()));
    expect(refused.response.statusCode).toBe(406);
  });

  describe('its wire habits (node_modules/mx-atrium/atrium.js of 2.9.7, sent through request 2.88 and its qs)', () => {
    /** What the SDK really sends: a server on port 0 that records each request and answers `{}`. */
    async function captured(call: (client: AtriumClient) => Promise<unknown>) {
      const requests: { method: string; url: string; headers: string[]; body: string }[] = [];
      const server = createServer((req, res) => {
        let body = '';
        req.on('data', (chunk) => (body += chunk));
        req.on('end', () => {
          requests.push({ method: req.method!, url: req.url!, headers: req.rawHeaders, body });
          res.setHeader('Content-Type', 'application/vnd.mx.atrium.v1+json');
          res.end('{}');
        });
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      try {
        await call(new AtriumClient('sdk-api-key', 'sdk-client', `http://127.0.0.1:${(server.address() as AddressInfo).port}/`));
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
      return requests[0]!;
    }

    it('a base path with a trailing slash sends //institutions (atrium.js:2916 `this.basePath + "/institutions"`) with Accept: application/json and no User-Agent; the simulator answers it', async () => {
      const request = await captured((client) => client.institutions.listInstitutions(undefined, undefined, 100, true));
      expect(request).toMatchObject({ method: 'GET', url: '//institutions?records_per_page=100&supports_account_identification=true' });
      expect(request.headers).toEqual(['MX-API-Key', 'sdk-api-key', 'MX-Client-ID', 'sdk-client', 'host', expect.any(String), 'accept', 'application/json', 'Connection', 'keep-alive']);
      const live = await sdk(`${sim.url}/`).institutions.listInstitutions(undefined, undefined, 100, true);
      expect(live.body.institutions!.map((institution) => institution.code)).toContain('mxbank');
    });

    it('a Date passed as fromDate goes out as its toISOString (ObjectSerializer.serialize keeps it, atrium.js:4321; qs serializes Dates): its date is used', async () => {
      const request = await captured((client) => client.transactions.listUserTransactions('USR-1', undefined, new Date(Date.UTC(2000, 0, 1)) as unknown as string));
      expect(request.url).toBe('//users/USR-1/transactions?from_date=2000-01-01T00%3A00%3A00.000Z');
      const client = sdk(`${sim.url}/`);
      const { userGuid, memberGuid } = await sdkMember(client, 'password');
      await client.members.aggregateMember(memberGuid, userGuid);
      await pollStatus(client, memberGuid, userGuid);
      const byDate = await client.transactions.listUserTransactions(userGuid, 1, '2000-01-01', 100, '2100-01-01');
      const byDateObject = await client.transactions.listUserTransactions(userGuid, 1, new Date(Date.UTC(2000, 0, 1)) as unknown as string, 100, '2100-01-01');
      expect(byDateObject.body.pagination!.totalEntries).toBeGreaterThan(0);
      expect(wire(byDateObject)).toEqual(wire(byDate));
    });

    it('a job without a body sends no Content-Type and Content-Length: 0 (atrium.js:2763-2800, json: true without body): identify starts', async () => {
      const request = await captured((client) => client.identity.identifyMember('MBR-1', 'USR-1'));
      expect(request).toMatchObject({ method: 'POST', url: '//users/USR-1/members/MBR-1/identify', body: '' });
      expect(request.headers).not.toContain('content-type');
      expect(request.headers).toEqual(expect.arrayContaining(['content-length', '0']));
    });

    it('an empty ConnectWidgetRequestBody is sent as {} (ObjectSerializer.serialize, atrium.js:2433): the defaults', async () => {
      const request = await captured((client) => client.connectWidget.getConnectWidget('USR-1', {}));
      expect(request.body).toBe('{}');
      expect(request.headers).toEqual(expect.arrayContaining(['content-type', 'application/json']));
    });
  });

  // runs last (vitest runs a file's tests in order): every method above is recorded on the SDK's prototypes
  it('has called all 44 methods the SDK has; the four Atrium operations it lacks are the merchant lists and locations and the OAuth window URI', () => {
    expect(sdkMethods.size).toBe(44);
    expect([...sdkMethods].filter((method) => !calledMethods.has(method))).toEqual([]);
    const lacking = Object.keys(OPERATION_ROUTES).filter((operationId) => !sdkMethods.has(operationId));
    expect(lacking.sort()).toEqual(['listMerchantLocations', 'listMerchants', 'readMerchantLocation', 'readOAuthWindowURI']);
  });
});
