import type { AccountOwner } from '../spec/wire.js';
import type { AccountRecord } from '../store/tenant-state.js';
import { withFaker } from './seeded-faker.js';

/**
 * What identification finds: one person owns every account of the member (the institution
 * knows its customer once), and some checking accounts have a joint owner at the same address.
 */
export function generateAccountOwners(accounts: AccountRecord[], seed: number, nextGuid: () => string): AccountOwner[] {
  return withFaker(seed, (f) => {
    const person = () => {
      const first = f.person.firstName();
      const last = f.person.lastName();
      return { owner_name: `${first} ${last}`, email: f.internet.email({ firstName: first, lastName: last }).toLowerCase(), phone: f.phone.number({ style: 'national' }) };
    };
    const primary = person();
    const home = {
      address: f.location.streetAddress(),
      city: f.location.city(),
      state: f.location.state({ abbreviated: true }),
      postal_code: f.location.zipCode('#####'),
      country: 'US',
    };
    const owners: AccountOwner[] = [];
    // keys in MX's (alphabetical) order
    const owner = (account: AccountRecord['account'], who: ReturnType<typeof person>): AccountOwner => ({
      account_guid: account.guid,
      address: home.address,
      city: home.city,
      country: home.country,
      email: who.email,
      guid: nextGuid(),
      member_guid: account.member_guid,
      owner_name: who.owner_name,
      phone: who.phone,
      postal_code: home.postal_code,
      state: home.state,
      user_guid: account.user_guid,
    });
    for (const { account } of accounts) {
      owners.push(owner(account, primary));
      if (account.type === 'CHECKING' && f.number.float() < 0.3) owners.push(owner(account, person()));
    }
    return owners;
  });
}
