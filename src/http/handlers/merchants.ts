import { listMerchantLocations, listMerchants, readMerchant, readMerchantLocation } from '../../domain/merchants.js';
import { json } from '../reply.js';
import { listReply } from './list-reply.js';
import { pageQuery, type Handlers } from './types.js';

export const merchantHandlers: Handlers = {
  listMerchants: (c) => listReply('merchants', listMerchants(c.domain, pageQuery(c))),
  readMerchant: (c) => json(200, { merchant: readMerchant(c.domain, c.params.merchant_guid!) }),
  listMerchantLocations: (c) => listReply('merchant_locations', listMerchantLocations(c.domain, c.params.merchant_guid!, pageQuery(c))),
  readMerchantLocation: (c) => json(200, { merchant_location: readMerchantLocation(c.domain, c.params.merchant_guid!, c.params.merchant_location_guid!) }),
};
