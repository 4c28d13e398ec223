/**
 * Generated from src/spec/webhooks.openapi.yml by `npm run generate` (openapi-typescript).
 * Do not edit by hand: a test fails when this file is stale.
 */

export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @description The type of webhook being delivered. MX: "additional values may be added at any time".
         * @example AGGREGATION
         * @enum {string}
         */
        WebhookType: "AGGREGATION" | "BALANCE" | "HISTORY" | "STATEMENT" | "VERIFICATION" | "CONNECTION_STATUS";
        /**
         * @description When the process that triggered the webhook finished, in Unix time (seconds).
         * @example 1531947410
         */
        CompletedAt: number | null;
        /**
         * Format: date
         * @description The date (UTC) on which the process that triggered the webhook finished.
         * @example 2018-07-18
         */
        CompletedOn: string | null;
        /** @example 3 */
        Count: number | null;
        /** @description Sent after a completed aggregation, manual or background, when new data is available (https://docs.mx.com/resources/webhooks/aggregation). */
        AggregationWebhook: {
            /**
             * @description The action that triggered the webhook.
             * @example member_data_updated
             * @enum {string}
             */
            action: "member_data_updated";
            completed_at: components["schemas"]["CompletedAt"];
            completed_on: components["schemas"]["CompletedOn"];
            /**
             * @description Whether the aggregation ran automatically in the background (true) or was started through the API (false).
             * @example true
             */
            is_background: boolean | null;
            /**
             * @description MX's internal aggregation process. MX says partners should ignore it.
             * @example JOB-823ab268-5107-4a67-97c8-60292572ac2e
             */
            job_guid: string | null;
            /**
             * @description The member with new or updated data.
             * @example MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a
             */
            member_guid: string;
            transactions_created_count: components["schemas"]["Count"];
            transactions_updated_count: components["schemas"]["Count"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "AGGREGATION";
            /** @example USR-eaf4ac68-d17d-5e9b-7b46-959a5b315a9e */
            user_guid: string;
            /**
             * @description The partner-defined identifier of the user (the user's `identifier`; null when it has none).
             * @example unique_id
             */
            user_id: string | null;
        } & {
            [key: string]: unknown;
        };
        /** @description Sent after a completed balance fetch (https://docs.mx.com/resources/webhooks/balance). */
        BalanceWebhook: {
            /**
             * @example member_data_updated
             * @enum {string}
             */
            action: "member_data_updated";
            completed_at: components["schemas"]["CompletedAt"];
            completed_on: components["schemas"]["CompletedOn"];
            /** @example MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a */
            member_guid: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "BALANCE";
            /** @example USR-eaf4ac68-d17d-5e9b-7b46-959a5b315a9e */
            user_guid: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Sent after a completed extended transaction history fetch, with the counts of new and updated transactions. */
        HistoryWebhook: {
            /**
             * @example member_data_updated
             * @enum {string}
             */
            action: "member_data_updated";
            completed_at: components["schemas"]["CompletedAt"];
            completed_on: components["schemas"]["CompletedOn"];
            /** @example MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a */
            member_guid: string;
            transactions_created_count: components["schemas"]["Count"];
            transactions_updated_count: components["schemas"]["Count"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "HISTORY";
            /** @example USR-eaf4ac68-d17d-5e9b-7b46-959a5b315a9e */
            user_guid: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Sent after a completed statement fetch, with the count of new statements (https://docs.mx.com/resources/webhooks/statements). */
        StatementWebhook: {
            /**
             * @example member_data_updated
             * @enum {string}
             */
            action: "member_data_updated";
            completed_at: components["schemas"]["CompletedAt"];
            completed_on: components["schemas"]["CompletedOn"];
            /** @example MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a */
            member_guid: string;
            statements_created_count: components["schemas"]["Count"];
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "STATEMENT";
            /** @example USR-eaf4ac68-d17d-5e9b-7b46-959a5b315a9e */
            user_guid: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Sent after a successful verification, with the accounts it verified (https://docs.mx.com/resources/webhooks/verifications). MX's field table calls `accounts` a String; its sample (followed here) is an array of account guids. */
        VerificationWebhook: {
            /** @description The accounts updated or verified during verification. */
            accounts: string[] | null;
            /**
             * @example member_data_updated
             * @enum {string}
             */
            action: "member_data_updated";
            completed_at: components["schemas"]["CompletedAt"];
            completed_on: components["schemas"]["CompletedOn"];
            /**
             * @description MX's internal verification process. MX says partners should ignore it.
             * @example JOB-647d4f6b-a549-4b32-af48-1efaa2e143a5
             */
            job_guid: string | null;
            /** @example MBR-1a78d6bd-69cc-449c-9748-f273aaeedace */
            member_guid: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "VERIFICATION";
            /** @example USR-4807288e-fe86-485f-8844-54dc9cdf96dc */
            user_guid: string;
            /**
             * @description The partner-defined identifier of the user (null when it has none).
             * @example cragro-postman-user
             */
            user_id: string | null;
        } & {
            [key: string]: unknown;
        };
        /**
         * @description The connection statuses that need the end user, the only ones that trigger CONNECTION_STATUS.
         * @example CHALLENGED
         * @enum {string}
         */
        WebhookConnectionStatus: "CHALLENGED" | "DENIED" | "EXPIRED" | "IMPAIRED" | "IMPEDED" | "LOCKED" | "PREVENTED" | "REJECTED";
        /** @description Sent whenever a member's connection_status enters a state the end user must act on (https://docs.mx.com/resources/webhooks/connection-status). */
        ConnectionStatusWebhook: {
            /**
             * @example CHANGED
             * @enum {string}
             */
            action: "CHANGED";
            connection_status: components["schemas"]["WebhookConnectionStatus"];
            /**
             * @description The connection status as MX's integer id (CHALLENGED is 3).
             * @example 3
             */
            connection_status_id: number;
            /**
             * @description A message that can be shown to the end user.
             * @example To authenticate your connection to Chase Bank, please answer the following challenge(s).
             */
            connection_status_message: string | null;
            /** @example MBR-48d9a481-f2a2-7e13-2685-62869cf0d33a */
            member_guid: string;
            /**
             * @description discriminator enum property added by openapi-typescript
             * @enum {string}
             */
            type: "CONNECTION_STATUS";
            /** @example USR-eaf4ac68-d17d-5e9b-7b46-959a5b315a9e */
            user_guid: string;
        } & {
            [key: string]: unknown;
        };
        /** @description Any webhook MX sends for Atrium, told apart by `type`. */
        AtriumWebhook: components["schemas"]["AggregationWebhook"] | components["schemas"]["BalanceWebhook"] | components["schemas"]["HistoryWebhook"] | components["schemas"]["StatementWebhook"] | components["schemas"]["VerificationWebhook"] | components["schemas"]["ConnectionStatusWebhook"];
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
