import type { Holding } from '../spec/wire.js';
import type { AccountRecord } from '../store/tenant-state.js';
import { roundMoney, withFaker } from './seeded-faker.js';

/**
 * What the institution reports when balances are gathered again: checking moves with spending,
 * savings accrue a little interest, cards and loans move with purchases and payments, and
 * investment accounts follow their repriced holdings. Changes the records in place.
 */
export function refreshBalances(records: AccountRecord[], holdings: Holding[], seed: number, timestamp: string): void {
  withFaker(seed, (f) => {
    const move = (value: number | null, min: number, max: number): number | null => (value === null ? null : roundMoney(value * (1 + f.number.float({ min, max }))));
    for (const { account } of records) {
      if (account.is_closed) continue;
      account.updated_at = timestamp;
      switch (account.type) {
        case 'CHECKING':
        case 'SAVINGS': {
          const held = roundMoney((account.balance ?? 0) - (account.available_balance ?? account.balance ?? 0));
          account.balance = account.type === 'CHECKING' ? move(account.balance, -0.08, 0.08) : move(account.balance, 0, 0.002);
          if (account.available_balance !== null && account.balance !== null) account.available_balance = roundMoney(account.balance - held);
          break;
        }
        case 'CREDIT_CARD': {
          const limit = account.credit_limit;
          const balance = move(account.balance, -0.15, 0.15);
          account.balance = balance === null || limit === null ? balance : Math.min(limit, Math.max(0, balance));
          if (limit !== null && account.balance !== null) {
            account.available_credit = roundMoney(limit - account.balance);
            account.available_balance = account.available_credit;
          }
          break;
        }
        case 'LOAN':
        case 'MORTGAGE':
        case 'LINE_OF_CREDIT':
          account.balance = move(account.balance, -0.01, 0);
          break;
        case 'INVESTMENT': {
          const positions = holdings.filter((holding) => holding.account_guid === account.guid);
          if (positions.length === 0) break;
          const market = f.number.float({ min: -0.02, max: 0.02 });
          for (const holding of positions) {
            const before = holding.market_value ?? 0;
            holding.market_value = roundMoney(before * (1 + market + f.number.float({ min: -0.01, max: 0.01 })));
            holding.daily_change = roundMoney(holding.market_value - before);
            holding.updated_at = timestamp;
          }
          account.holdings_value = roundMoney(positions.reduce((sum, holding) => sum + (holding.market_value ?? 0), 0));
          account.total_account_value = roundMoney((account.cash_balance ?? 0) + account.holdings_value);
          account.balance = account.total_account_value;
          break;
        }
        default:
          break;
      }
    }
  });
}
