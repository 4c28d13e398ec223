import type { MerchantRecord } from '../factories/data-sets.js';
import type { Merchant, MerchantLocation } from '../spec/wire.js';
import type { DomainContext } from './context.js';
import { notFound } from './errors.js';
import { paginate, type PageQuery } from './pagination.js';

/** MX serves merchant logos at a fixed place per guid (100x100 PNG). */
export function merchantLogoUrl(guid: string): string {
  return `https://content.mx.com/logos/merchants/${guid}.png`;
}

function toMerchant(record: MerchantRecord): Merchant {
  return {
    created_at: record.created_at,
    guid: record.guid,
    logo_updated_at: record.logo_updated_at,
    logo_url: merchantLogoUrl(record.guid),
    name: record.name,
    updated_at: record.updated_at,
    website_url: record.website_url,
  };
}

function findMerchant(ctx: DomainContext, merchantGuid: string): MerchantRecord {
  const merchant = ctx.data.catalog.merchant(merchantGuid);
  if (!merchant) throw notFound(`merchant "${merchantGuid}"`);
  return merchant;
}

/** Merchants are global (the same for every client), alphabetical by name. */
export function listMerchants(ctx: DomainContext, query: PageQuery) {
  return paginate(ctx.data.catalog.merchants.map(toMerchant), query);
}

export function readMerchant(ctx: DomainContext, merchantGuid: string): Merchant {
  return toMerchant(findMerchant(ctx, merchantGuid));
}

function locations(merchant: MerchantRecord): MerchantLocation[] {
  return merchant.locations.map(({ descriptor: _descriptor, ...location }) => ({
    city: location.city,
    country: location.country,
    guid: location.guid,
    latitude: location.latitude,
    longitude: location.longitude,
    merchant_guid: merchant.guid,
    phone_number: location.phone_number,
    postal_code: location.postal_code,
    state: location.state,
    store_number: location.store_number,
    street_address: location.street_address,
    updated_at: location.updated_at,
  }));
}

export function listMerchantLocations(ctx: DomainContext, merchantGuid: string, query: PageQuery) {
  return paginate(locations(findMerchant(ctx, merchantGuid)), query);
}

/** 404 also when the location belongs to another merchant. */
export function readMerchantLocation(ctx: DomainContext, merchantGuid: string, locationGuid: string): MerchantLocation {
  const location = locations(findMerchant(ctx, merchantGuid)).find((candidate) => candidate.guid === locationGuid);
  if (!location) throw notFound(`location "${locationGuid}" of merchant "${merchantGuid}"`);
  return location;
}
