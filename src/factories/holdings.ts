import type { Account, Holding } from '../spec/wire.js';
import type { HoldingTemplate, HoldingType } from './data-sets.js';
import { roundMoney, withFaker } from './seeded-faker.js';

export interface Security {
  symbol: string | null;
  description: string;
  holding_type: HoldingType;
  cusip: string;
  /** A typical price per share (per 100 of face value for bonds). */
  price: number;
}

/** What generated investment accounts hold: broad funds, a few large caps, a treasury and cash. */
export const SECURITIES: readonly Security[] = [
  { symbol: 'VTI', description: 'Vanguard Total Stock Market ETF', holding_type: 'EXCHANGE_TRADED_FUND', cusip: '922908769', price: 287.46 },
  { symbol: 'VOO', description: 'Vanguard S&P 500 ETF', holding_type: 'EXCHANGE_TRADED_FUND', cusip: '922908363', price: 541.2 },
  { symbol: 'QQQ', description: 'Invesco QQQ Trust, Series 1', holding_type: 'EXCHANGE_TRADED_FUND', cusip: '46090E103', price: 512.33 },
  { symbol: 'AGG', description: 'iShares Core U.S. Aggregate Bond ETF', holding_type: 'EXCHANGE_TRADED_FUND', cusip: '464287226', price: 98.71 },
  { symbol: 'AAPL', description: 'Apple Inc.', holding_type: 'EQUITY', cusip: '037833100', price: 229.87 },
  { symbol: 'MSFT', description: 'Microsoft Corporation', holding_type: 'EQUITY', cusip: '594918104', price: 424.22 },
  { symbol: 'AMZN', description: 'Amazon.com, Inc.', holding_type: 'EQUITY', cusip: '023135106', price: 198.11 },
  { symbol: 'JNJ', description: 'Johnson & Johnson', holding_type: 'EQUITY', cusip: '478160104', price: 156.4 },
  { symbol: 'KO', description: 'The Coca-Cola Company', holding_type: 'EQUITY', cusip: '191216100', price: 62.85 },
  { symbol: 'VFIAX', description: 'Vanguard 500 Index Fund Admiral Shares', holding_type: 'MUTUAL_FUND', cusip: '922908710', price: 498.12 },
  { symbol: 'FXAIX', description: 'Fidelity 500 Index Fund', holding_type: 'MUTUAL_FUND', cusip: '315911750', price: 192.3 },
  { symbol: 'VBTLX', description: 'Vanguard Total Bond Market Index Fund Admiral Shares', holding_type: 'MUTUAL_FUND', cusip: '921937603', price: 9.81 },
  { symbol: 'SPAXX', description: 'Fidelity Government Money Market Fund', holding_type: 'MONEY_MARKET', cusip: '31617H102', price: 1 },
  { symbol: null, description: 'United States Treasury Note 4.250% 11/15/2034', holding_type: 'FIXED_INCOME', cusip: '91282CLW9', price: 99.1 },
];

/** Retirement accounts hold funds; taxable brokerage accounts hold anything. */
const FUNDS = SECURITIES.filter((security) => security.holding_type === 'EXCHANGE_TRADED_FUND' || security.holding_type === 'MUTUAL_FUND');

function holding(account: Account, guid: string, fields: Omit<Holding, 'account_guid' | 'created_at' | 'currency_code' | 'guid' | 'member_guid' | 'updated_at' | 'user_guid'>, timestamp: string): Holding {
  // keys in MX's (alphabetical) order
  return {
    account_guid: account.guid,
    cost_basis: fields.cost_basis,
    created_at: timestamp,
    currency_code: account.currency_code,
    cusip: fields.cusip,
    daily_change: fields.daily_change,
    description: fields.description,
    guid,
    holding_type: fields.holding_type,
    market_value: fields.market_value,
    member_guid: account.member_guid,
    purchase_price: fields.purchase_price,
    shares: fields.shares,
    symbol: fields.symbol,
    updated_at: timestamp,
    user_guid: account.user_guid,
  };
}

/** The exact holdings a data set pins (MX Bank, test_atrium). */
export function holdingFromTemplate(template: HoldingTemplate, account: Account, guid: string, timestamp: string): Holding {
  const { account: _name, guid: _fixtureGuid, ...fields } = template;
  return holding(account, guid, fields, timestamp);
}

/**
 * Positions for a generated investment account whose market values add up to its
 * holdings_value, with cost bases between 25% below and 15% above today's value.
 */
export function generateHoldings(account: Account, seed: number, timestamp: string, nextGuid: () => string): Holding[] {
  const total = account.holdings_value ?? 0;
  if (total <= 0) return [];
  return withFaker(seed, (f) => {
    const universe = account.subtype === 'BROKERAGE' ? SECURITIES : FUNDS;
    const picked = f.helpers.arrayElements([...universe], { min: 3, max: Math.min(6, universe.length) });
    const weights = picked.map(() => f.number.float({ min: 0.5, max: 3 }));
    const weightSum = weights.reduce((sum, weight) => sum + weight, 0);
    let remaining = total;
    return picked.map((security, index) => {
      const last = index === picked.length - 1;
      const marketValue = last ? roundMoney(remaining) : roundMoney((total * weights[index]!) / weightSum);
      remaining = roundMoney(remaining - marketValue);
      const price = security.price * f.number.float({ min: 0.97, max: 1.03 });
      const shares = Math.round((marketValue / price) * 1000) / 1000 || 0.001;
      const costBasis = roundMoney(marketValue * f.number.float({ min: 0.75, max: 1.15 }));
      return holding(
        account,
        nextGuid(),
        {
          cost_basis: costBasis,
          cusip: security.cusip,
          daily_change: roundMoney(marketValue * f.number.float({ min: -0.02, max: 0.02 })),
          description: security.description,
          holding_type: security.holding_type,
          market_value: marketValue,
          purchase_price: roundMoney(costBasis / shares),
          shares,
          symbol: security.symbol,
        },
        timestamp,
      );
    });
  });
}
