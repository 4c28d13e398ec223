import type { components } from '../generated/atrium.js';

/** Atrium's wire shapes, straight from the OpenAPI document (src/spec). */
type Schemas = components['schemas'];
export type User = Schemas['User'];
export type Institution = Schemas['Institution'];
export type Credential = Schemas['CredentialResponse'];
export type CredentialRequest = Schemas['CredentialRequest'];
export type Member = Schemas['Member'];
export type MemberConnectionStatus = Schemas['MemberConnectionStatus'];
export type Challenge = Schemas['Challenge'];
export type ConnectionStatus = NonNullable<Member['connection_status']>;
export type LegacyStatus = NonNullable<Member['status']>;
export type Account = Schemas['Account'];
export type AccountType = Account['type'];
export type AccountOwner = Schemas['AccountOwner'];
export type AccountNumber = Schemas['AccountNumber'];
export type Transaction = Schemas['Transaction'];
export type Holding = Schemas['Holding'];
export type Statement = Schemas['Statement'];
export type Merchant = Schemas['Merchant'];
export type MerchantLocation = Schemas['MerchantLocation'];
export type Pagination = Schemas['Pagination'];
