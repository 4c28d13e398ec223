/**
 * The official Atrium Node SDK (npm `mx-atrium` 2.9.7, unchanged) against the simulator: only its
 * base path points at the simulator. The SDK speaks camelCase to its caller and snake_case on the
 * wire, resolves every 2xx as `{ response, body }` and rejects anything else with the same shape.
 */
import { AtriumClient, type MemberConnectionStatus } from 'mx-atrium';
import { describe, expect, it } from 'vitest';
import { failureOf, newTenant, sharedSimulator, withSimulator } from '../client/support.js';

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

  it('sends Accept: application/json, so a simulator started with strictAccept refuses it with 406', async () => {
    const refused = await withSimulator({ strictAccept: true }, (strict) => rejected(sdk(strict.url).users.listUsers()));
    expect(refused.response.statusCode).toBe(406);
  });
});
