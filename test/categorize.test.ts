import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createTestApp } from './support/test-app.js';

const categorize = (transactions: object[]) => createTestApp().as().post('/transactions/cleanse_and_categorize', { transactions });

describe('cleanse and categorize', () => {
  it("reproduces MX's documented sample: the merchant category code decides, the description is cleansed", async () => {
    const response = await categorize([{ amount: 11.22, description: 'BEER BAR 65000000764SALT LAKE C', identifier: '12', merchant_category_code: 6011, type: 'DEBIT' }]).expect(200);
    expect(response.body).toEqual({
      transactions: [
        {
          amount: 11.22,
          category: 'Cash',
          category_guid: 'CAT-08a5d861-2890-686e-ebaf-d7632ec88540',
          categorized_by: 15,
          described_by: 0,
          description: 'Beer Bar',
          identifier: '12',
          is_bill_pay: false,
          is_direct_deposit: false,
          is_expense: false,
          is_fee: false,
          is_income: false,
          is_international: false,
          is_overdraft_fee: false,
          is_payroll_advance: false,
          is_subscription: false,
          memo: null,
          merchant_category_code: 6011,
          merchant_guid: null,
          merchant_location_guid: null,
          original_description: 'BEER BAR 65000000764SALT LAKE C',
          type: 'DEBIT',
        },
      ],
    });
  });

  it('recognizes merchants, description keywords and defaults by type, in request order', async () => {
    const response = await categorize([
      { description: 'WHOLEFDS TSQ 102', identifier: 'a', amount: 61.11, type: 'DEBIT' },
      { description: 'ACME CORP DIR DEP PPD ID: 9111111101', identifier: 'b', type: 'CREDIT' },
      { description: 'BEER BAR 65000000764SALT LAKE C', identifier: 'c' },
      { description: 'SQ *JOES PIZZA 123 MAIN', identifier: 'd', type: 'DEBIT' },
      { description: 'OVERDRAFT ITEM FEE', identifier: 'e', type: 'DEBIT' },
      { description: 'MYSTERY 123', identifier: 'f', type: 'CREDIT' },
      { description: 'MYSTERY 123', identifier: 'g', type: 'DEBIT' },
      { description: 'NETFLIX.COM 866-579-7172 CA', identifier: 'h', type: 'DEBIT' },
    ]).expect(200);
    const pick = (item: Record<string, unknown>) => [item.identifier, item.description, item.category, item.merchant_guid !== null];
    expect(response.body.transactions.map(pick)).toEqual([
      ['a', 'Whole Foods', 'Groceries', true],
      ['b', 'Acme Corp', 'Paycheck', false],
      ['c', 'Beer Bar', 'Alcohol & Bars', false],
      ['d', 'Joes Pizza', 'Fast Food', false],
      ['e', 'Overdraft Item Fee', 'Bank Fee', false],
      ['f', 'Mystery', 'Income', false],
      ['g', 'Mystery', 'Uncategorized', false],
      ['h', 'Netflix', 'Movies & DVDs', true],
    ]);
    const [wholeFoods, payroll, bar, , overdraft, , , netflix] = response.body.transactions;
    expect(wholeFoods).toMatchObject({ merchant_guid: 'MCH-7ed79542-884d-2b1b-dd74-501c5cc9d25b', merchant_category_code: 5411, is_expense: true, categorized_by: 10, described_by: 1 });
    expect(payroll).toMatchObject({ is_income: true, is_direct_deposit: true, is_expense: false });
    expect(bar).toMatchObject({ type: null, is_expense: null, is_income: null, amount: null });
    expect(overdraft).toMatchObject({ is_fee: true, is_overdraft_fee: true });
    expect(netflix).toMatchObject({ is_subscription: true });
  });

  it("categorizes every merchant's own descriptors as that merchant", async () => {
    const { merchants } = JSON.parse(readFileSync('fixtures/merchants.json', 'utf8')) as { merchants: { guid: string; name: string; spending: { descriptor: string; category: string }; locations: { descriptor: string }[] }[] };
    const items = merchants.flatMap((merchant) => [merchant.spending.descriptor, ...merchant.locations.map((location) => location.descriptor)].map((description) => ({ description, merchant })));
    const response = await categorize(items.map(({ description }, index) => ({ description, identifier: String(index) }))).expect(200);
    response.body.transactions.forEach((result: Record<string, unknown>, index: number) => {
      const { merchant } = items[index]!;
      expect([result.merchant_guid, result.description, result.category]).toEqual([merchant.guid, merchant.name, merchant.spending.category]);
    });
  });

  it('gives the same answer every time and stores nothing', async () => {
    const app = createTestApp();
    const body = { transactions: [{ description: 'STARBUCKS STORE 07482', identifier: '1' }, { description: 'SHELL OIL 57444239200', identifier: '2', type: 'DEBIT' }] };
    const first = await app.as().post('/transactions/cleanse_and_categorize', body).expect(200);
    const second = await createTestApp({ seed: 'other' }).as('other').post('/transactions/cleanse_and_categorize', body).expect(200);
    expect(second.body).toEqual(first.body);
    const user = await app.as().createUser();
    expect(user).toBe(await createTestApp().as().createUser());
  });

  it('takes up to 100 transactions and refuses 101, an empty list or missing fields with 400', async () => {
    const items = (count: number) => Array.from({ length: count }, (_unused, index) => ({ description: `STORE ${index}`, identifier: String(index) }));
    expect((await categorize(items(100)).expect(200)).body.transactions).toHaveLength(100);
    const tooMany = await categorize(items(101)).expect(400);
    expect(tooMany.body.error.message).toBe('Invalid request: request body transactions must NOT have more than 100 items.');
    await categorize([]).expect(400);
    const noIdentifier = await categorize([{ description: 'X' }]).expect(400);
    expect(noIdentifier.body.error.message).toBe('Invalid request: request body transactions[0] is missing the required field "identifier".');
    const noDescription = await categorize([{ identifier: '1' }]).expect(400);
    expect(noDescription.body.error.message).toContain('is missing the required field "description"');
    await categorize([{ description: '', identifier: '1' }]).expect(400);
    await categorize([{ description: 'X', identifier: '1', type: 'REFUND' }]).expect(400);
  });
});
