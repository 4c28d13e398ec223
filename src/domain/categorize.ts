import { cleanseDescription, transactionFlags, type CategorizedBy } from '../factories/catalog.js';
import type { components } from '../generated/atrium.js';
import type { DomainContext } from './context.js';

type CategorizeRequest = components['schemas']['TransactionCleanseAndCategorizeRequest'];
type CategorizeResponse = components['schemas']['TransactionCleanseAndCategorizeResponse'];

/** `categorized_by` codes: 15 is what MX's sample shows for a category decided by the merchant category code. */
export const CATEGORIZED_BY: Record<CategorizedBy, number> = {
  merchant: 10,
  merchant_category_code: 15,
  description: 5,
  default: 0,
};

/** `described_by`: 1 when a known merchant gave the description, 0 (MX's sample) when the raw one was cleansed. */
function describedBy(merchantFound: boolean): number {
  return merchantFound ? 1 : 0;
}

/**
 * Cleanses and categorizes without storing anything: the same input always gives the same
 * output (fixtures/categories.json and fixtures/merchants.json), in request order.
 */
export function cleanseAndCategorize(ctx: DomainContext, items: readonly CategorizeRequest[]): CategorizeResponse[] {
  return items.map((item) => {
    const type = item.type ?? null;
    const found = ctx.data.catalog.classify({ description: item.description, merchant_category_code: item.merchant_category_code, type });
    const flags = transactionFlags(found.category, found.flags, type);
    return {
      amount: item.amount ?? null,
      category: found.category.name,
      category_guid: found.category.guid,
      categorized_by: CATEGORIZED_BY[found.by],
      described_by: describedBy(found.merchant !== null),
      description: cleanseDescription(item.description, found.merchant),
      identifier: item.identifier,
      ...flags,
      memo: null,
      merchant_category_code: item.merchant_category_code ?? found.merchant?.spending.merchant_category_code ?? null,
      merchant_guid: found.merchant?.guid ?? null,
      merchant_location_guid: null,
      original_description: item.description,
      type,
    };
  });
}
