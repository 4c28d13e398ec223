import { describe, expect, it } from 'vitest';
import { connectedMember, everything } from './support/data.js';
import { createTestApp } from './support/test-app.js';

const WHOLE_FOODS = 'MCH-7ed79542-884d-2b1b-dd74-501c5cc9d25b';

describe('merchants and merchant locations', () => {
  it('lists the merchants alphabetically with pagination, the same for every client', async () => {
    const app = createTestApp();
    const list = await app.as('client-a').get('/merchants').expect(200);
    expect(list.body.pagination).toEqual({ current_page: 1, per_page: 25, total_entries: 33, total_pages: 2 });
    const names = (await everything(app.as(), '/merchants', 'merchants')).map((merchant) => merchant.name as string);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect((await app.as('client-b').get('/merchants').expect(200)).body).toEqual(list.body);
    expect((await app.as().get('/merchants?page=3').expect(200)).body).toEqual({ merchants: [], pagination: { current_page: 3, per_page: 25, total_entries: 33, total_pages: 2 } });
  });

  it("reads a merchant with MX's logo URL pattern, and its locations", async () => {
    const atrium = createTestApp().as();
    const merchant = await atrium.get(`/merchants/${WHOLE_FOODS}`).expect(200);
    expect(merchant.body).toEqual({
      merchant: {
        created_at: '2016-01-01T09:00:00+00:00',
        guid: WHOLE_FOODS,
        logo_updated_at: '2021-01-01T14:00:00+00:00',
        logo_url: `https://content.mx.com/logos/merchants/${WHOLE_FOODS}.png`,
        name: 'Whole Foods',
        updated_at: '2021-01-01T14:00:00+00:00',
        website_url: 'https://www.wholefoodsmarket.com',
      },
    });
    const locations = (await atrium.get(`/merchants/${WHOLE_FOODS}/merchant_locations`).expect(200)).body;
    expect(locations.pagination.total_entries).toBe(2);
    expect(locations.merchant_locations[0]).toEqual({
      city: 'New York',
      country: 'US',
      guid: 'MCL-dcc150a8-cb13-f70c-fc26-ae25210327bf',
      latitude: 40.7539,
      longitude: -73.9843,
      merchant_guid: WHOLE_FOODS,
      phone_number: '(917) 728-5700',
      postal_code: '10036',
      state: 'NY',
      store_number: '10236',
      street_address: '1095 Avenue of the Americas',
      updated_at: '2021-01-01T14:00:00+00:00',
    });
    const one = await atrium.get(`/merchants/${WHOLE_FOODS}/merchant_locations/MCL-dcc150a8-cb13-f70c-fc26-ae25210327bf`).expect(200);
    expect(one.body).toEqual({ merchant_location: locations.merchant_locations[0] });
  });

  it('answers 404 for unknown merchants and for a location of another merchant', async () => {
    const atrium = createTestApp().as();
    const missing = await atrium.get('/merchants/MCH-nope').expect(404);
    expect(missing.body).toEqual({ error: { message: 'We were unable to find the record you requested: merchant "MCH-nope".' } });
    await atrium.get('/merchants/MCH-nope/merchant_locations').expect(404);
    const elsewhere = await atrium.get(`/merchants/${WHOLE_FOODS}/merchant_locations/MCL-00024e59-18b5-4d79-b879-2a7896726fea`).expect(404);
    expect(elsewhere.body.error.message).toBe(`We were unable to find the record you requested: location "MCL-00024e59-18b5-4d79-b879-2a7896726fea" of merchant "${WHOLE_FOODS}".`);
    await atrium.get('/merchants/MCH-ad6d3405-ec03-721d-b0ca-eeceeebcb8b5/merchant_locations/MCL-00024e59-18b5-4d79-b879-2a7896726fea').expect(200);
    await atrium.get('/merchants?records_per_page=x').expect(400);
  });

  it('is what generated transactions reference: every merchant and location guid on them can be read', async () => {
    const atrium = createTestApp().as();
    const { user } = await connectedMember(atrium);
    const transactions = await everything(atrium, `/users/${user}/transactions`, 'transactions');
    const withMerchant = transactions.filter((transaction) => transaction.merchant_guid !== null);
    expect(withMerchant.length).toBeGreaterThan(transactions.length / 2);
    const pairs = new Set(withMerchant.map((transaction) => `${transaction.merchant_guid} ${transaction.merchant_location_guid}`));
    for (const pair of pairs) {
      const [merchant, location] = pair.split(' ');
      const read = await atrium.get(`/merchants/${merchant}`).expect(200);
      const sample = withMerchant.find((transaction) => transaction.merchant_guid === merchant)!;
      expect(read.body.merchant.name).toBe(sample.description);
      if (location !== 'null') await atrium.get(`/merchants/${merchant}/merchant_locations/${location}`).expect(200);
    }
  });
});
