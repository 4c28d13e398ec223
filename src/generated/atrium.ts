/**
 * Generated from src/spec/atrium.openapi.yml by `npm run generate` (openapi-typescript).
 * Do not edit by hand: a test fails when this file is stale.
 */

export interface paths {
    "/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Use this endpoint to list every user you've created in Atrium. Paginated; the read-only test user `test_atrium` is not listed.
         */
        get: operations["listUsers"];
        put?: never;
        /**
         * Create user
         * @description Call this endpoint to create a new user; Atrium responds with the newly created user object. None of the fields is required, but the `user` object cannot be empty. Simulator status rules: 200 on success (the real API answers 200 here, not 201); 400 when the body is missing, the `user` object is empty or has unknown fields; 409 when `identifier` is already used by another user of this client; 405 when the environment's user limit (100 in development, configurable) is reached.
         */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read user
         * @description Use this endpoint to read the attributes of a specific user. 404 when the user does not exist for this client.
         */
        get: operations["readUser"];
        /**
         * Update user
         * @description Use this endpoint to update the attributes of a specific user; Atrium responds with the updated user object. Disabling a user stops background aggregation and restricts access to the user's data until the user is enabled again. Simulator status rules: 409 when the new `identifier` belongs to another user; 405 on the read-only test user `test_atrium`.
         */
        put: operations["updateUser"];
        post?: never;
        /**
         * Delete user
         * @description Calling this endpoint permanently deletes a user from Atrium, together with all of its members and their accounts, transactions, holdings, account numbers, account owners and statements. 204 with no body; 405 on the read-only test user `test_atrium`.
         */
        delete: operations["deleteUser"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List institutions
         * @description This endpoint returns a list of institutions based on the specified search term or parameter. `name` is a case-insensitive substring match; each `supports_*` filter, when given, keeps only institutions whose flag has that value. Paginated.
         */
        get: operations["listInstitutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/institutions/{institution_code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read institution
         * @description This endpoint returns information about the institution specified by `institution_code`. 404 for an unknown code.
         */
        get: operations["readInstitution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/institutions/{institution_code}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read institution credentials
         * @description Use this endpoint to see which credentials will be needed to create a member for a specific institution. Not paginated. 404 for an unknown code.
         */
        get: operations["readInstitutionCredentials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List members
         * @description This endpoint returns an array which contains information on every member associated with a specific user. Paginated.
         */
        get: operations["listMembers"];
        put?: never;
        /**
         * Create member
         * @description This endpoint creates a new member, connecting a user to an institution with the credentials the institution requires (see readInstitutionCredentials). MX immediately validates the credentials and starts aggregating accounts and transactions unless `skip_aggregation` is true; OAuth members (`is_oauth: true`) need no credentials and start in connection_status `PENDING` with an `oauth_window_uri`. Simulator status rules: 202 with the new member; 404 for an unknown user or `institution_code`; 400 for an invalid body; 403 when the user is disabled; 405 when the user already has 25 members or is the read-only test user; 409 when the user already has a member at the same institution with the same credentials.
         */
        post: operations["createMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read member
         * @description Use this endpoint to read the attributes of a specific member.
         */
        get: operations["readMember"];
        /**
         * Update member
         * @description Use this endpoint to update a member's credentials, identifier, metadata or `background_aggregation_is_disabled`. When updating credentials, send the `guid` of each credential with its new value; a credentials change starts a standard aggregation. Simulator status rules: 403 when the user is disabled; 405 on the read-only test member; 409 when the change duplicates another member (same identifier, or same institution and credentials) or the aggregation it starts conflicts with a running job of another type.
         */
        put: operations["updateMember"];
        post?: never;
        /**
         * Delete member
         * @description Accessing this endpoint permanently deletes a member, with its accounts, transactions, holdings, account numbers, account owners and statements. 204 with no body; 405 on the read-only test member `test_atrium_member`.
         */
        delete: operations["deleteMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/aggregate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aggregate member
         * @description Calling this endpoint initiates an aggregation event for the member, bringing in the latest account and transaction data from the connected institution. If this data has recently been updated, MX may not initiate an aggregation event. Simulator status rules: 202 when an aggregation starts, when one is already running, and inside the throttle window (3 hours by default, none for `mxbank`), where no job starts and the current member comes back with `is_being_aggregated: false` (not an error); 200 for the read-only test member, which never starts a job; 409 when a job of another type (balance, verification, identification, extended history, statements) is running; 403 when the user is disabled.
         */
        post: operations["aggregateMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Aggregate member account balances
         * @description This endpoint operates much like aggregateMember except that it gathers only account balance information; it does not gather any transaction data at all. Simulator status rules: 200 when a balance job starts; 202 when one is already running; 409 when a job of another type is running; 429 when called again within two hours or more than 5 times in 2 hours; 403 when the user is disabled.
         */
        post: operations["aggregateMemberBalances"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read member connection status
         * @description This endpoint provides the status of the member's most recent aggregation event; its results should determine what you do next to successfully aggregate a member. `challenges` is present only while the member is `CHALLENGED`. In the simulator each status read may advance a running job by one step (timing `polls: N`).
         */
        get: operations["readMemberStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/challenges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List member MFA challenges
         * @description Use this endpoint for information on what multi-factor authentication challenges need to be answered in order to aggregate a member. If the member does not have a connection status of `CHALLENGED`, 204 No Content is returned; otherwise 200 with the challenges. Not paginated.
         */
        get: operations["listMemberMFAChallenges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Resume aggregation from MFA
         * @description This endpoint answers the challenges needed when a member has been challenged by multi-factor authentication. Each answer is `{guid, value}`: the challenge guid and the text, or the chosen option's value. Simulator status rules: 202 with the member (connection_status `RESUMED`, status `RECEIVED`, `is_being_aggregated: true`); 405 when the member is not `CHALLENGED`; 400 for an invalid body.
         */
        put: operations["resumeMember"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/credentials": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List member credentials
         * @description This endpoint returns an array which contains information on every non-MFA credential associated with a specific member; credential values are never returned. Not paginated.
         */
        get: operations["listMemberCredentials"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List member accounts
         * @description This endpoint returns an array with information about every account associated with a particular member. Paginated.
         */
        get: operations["listMemberAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/accounts/{account_guid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read account by member
         * @description Reading an account allows you to get information about a specific account that belongs to a user; this path returns the same data as readAccount. 404 when the account does not belong to the member.
         */
        get: operations["readAccountByMemberGUID"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List member transactions
         * @description Use this endpoint to get all transactions from all accounts associated with a specific member. `from_date` defaults to 90 days before the request and `to_date` to 5 days after it (the simulated day); both bounds are inclusive and filter on the transaction `date`. A range that ends before it starts (also against a default bound) is a 400, not an empty page. Sorted by `date`, newest first, then by `guid`. Paginated.
         */
        get: operations["listMemberTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/extend_history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Extend history
         * @description Some institutions allow developers to extend transaction history up to 24 months; this premium endpoint starts an extended history job for the member. Simulator status rules: 200 when the job starts; 202 when an extended history job is already running; 400 when the institution does not support extended transaction history; 403 when the feature is not enabled or the user is disabled; 409 when a job of another type is running. The read-only test member answers 200 without starting a job.
         */
        post: operations["extendHistory"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/oauth_window_uri": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read OAuth window URI
         * @description This endpoint generates a new, one-time `oauth_window_uri` for the specified member, e.g. when a previous OAuth attempt failed or the institution revoked the token. 400 with the message `Member cannot use OAuth.` when the member is not an OAuth member (created without `is_oauth: true`); 403 when the user is disabled. In the simulator the URI points back at the simulator (`/oauth/window/<token>`): opening it in a browser completes OAuth as the user would (`?outcome=denied` denies instead). An earlier window of the member that was not opened stops working. The query options apply to the new window only and do not change the member's connection_status.
         */
        get: operations["readOAuthWindowURI"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/holdings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List holdings by member
         * @description This endpoint returns all holdings associated with the specified member across all accounts. Paginated.
         */
        get: operations["listHoldingsByMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts for a user
         * @description Use this endpoint to view information about every account that belongs to a user, across all of the user's members (members in the order they were created, accounts in the order they were discovered). Paginated.
         */
        get: operations["listUserAccounts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/accounts/{account_guid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read an account
         * @description Reading an account allows you to get information about a specific account that belongs to a user: its type, balance, the date it was started and much more.
         */
        get: operations["readAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/accounts/{account_guid}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List account transactions
         * @description This endpoint allows you to see every transaction that belongs to a specific account. `from_date` defaults to 90 days before the request and `to_date` to 5 days after it; both bounds are inclusive and filter on the transaction `date`. A range that ends before it starts (also against a default bound) is a 400, not an empty page. Sorted by `date`, newest first, then by `guid`. 404 when the account is not the user's. Paginated.
         */
        get: operations["listAccountTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/accounts/{account_guid}/holdings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List holdings by account
         * @description This endpoint returns all holdings associated with the specified account (an empty list for an account without positions; 404 when the account is not the user's). Paginated.
         */
        get: operations["listHoldingsByAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List transactions for a user
         * @description Use this endpoint to get all transactions from all accounts associated with a specific user. `from_date` defaults to 90 days before the request and `to_date` to 5 days after it (the simulated day); both bounds are inclusive and filter on the transaction `date`. A range that ends before it starts (also against a default bound) is a 400, not an empty page. Sorted by `date`, newest first, then by `guid`. Paginated.
         */
        get: operations["listUserTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/transactions/{transaction_guid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a transaction
         * @description This endpoint allows you to view information about a specific transaction that belongs to a user.
         */
        get: operations["readTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/transactions/cleanse_and_categorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Categorize transactions
         * @description Use this endpoint to categorize, cleanse, and classify transactions. These transactions are not persisted or stored on the MX platform. At most 100 transactions per request (400 otherwise); `description` and `identifier` are required; each `identifier` is echoed back. The simulator categorizes deterministically from a fixed table: a known merchant in the description, then `merchant_category_code`, then description keywords, otherwise `Income` for a CREDIT and `Uncategorized` for anything else.
         */
        post: operations["cleanseAndCategorizeTransactions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/holdings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List holdings
         * @description This endpoint returns all holdings associated with the specified user across all accounts and members. Holdings belong to investment accounts and are discovered with them. Paginated.
         */
        get: operations["listHoldings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/holdings/{holding_guid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read holding
         * @description Use this endpoint to read the attributes of a specific holding.
         */
        get: operations["readHolding"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/identify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Identify
         * @description The identify endpoint begins an account owner identification job for an existing member; the owners it gathers are read with listAccountOwners. The optional body may set `include_transactions` to also gather transactions. Simulator status rules: 200 when the job starts; 202 when an identification is already running; 400 when the institution does not support identification; 403 when the feature is not enabled or the user is disabled; 409 when a job of another type (e.g. standard aggregation) is running. The read-only test member answers 200 without starting a job.
         */
        post: operations["identifyMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/account_owners": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List member account owners
         * @description This endpoint returns an array with information about every account owner associated with a particular member (filled by identification). Not paginated.
         */
        get: operations["listAccountOwners"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify
         * @description The verify endpoint begins an instant account verification job for an existing member; the account and routing numbers it gathers are read with listAccountNumbers. The optional body may set `include_transactions` to also gather transactions. Simulator status rules: 200 when the job starts; 202 when a verification is already running; 400 when the institution does not support verification (`Member's institution does not support instant account verification.`); 403 when the feature is not enabled or the user is disabled; 409 when a job of another type is running. The read-only test member answers 200 without starting a job.
         */
        post: operations["verifyMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/account_numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read account numbers
         * @description Use this endpoint to check whether account and routing numbers are available for the accounts associated with a particular member. Not paginated.
         */
        get: operations["listAccountNumbers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/accounts/{account_guid}/account_numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read account numbers by account
         * @description Use this endpoint to check whether account and routing numbers are available for a specific account. Not paginated.
         */
        get: operations["listAccountNumbersByAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/fetch_statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Fetch statements
         * @description Use this endpoint to fetch the statements associated with a particular member. Simulator status rules: 200 when the job starts; 202 when a statements job is already running; 400 when the institution does not support statements; 403 when statements are not enabled or the user is disabled; 409 when a job of another type is running. The read-only test member answers 200 without starting a job.
         */
        post: operations["fetchStatements"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List member statements
         * @description Use this endpoint to get an array of the member's available statements (empty until a fetch_statements job completes): the newest statement period first. Paginated.
         */
        get: operations["listMemberStatements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/statements/{statement_guid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read statement
         * @description Use this endpoint to read a JSON representation of the statement. MX's docs show the root key `statement`; every official SDK (mx-atrium, atrium-python, -ruby, -java, -go, -php, -csharp) reads `user`. By default the simulator sends the same object under both keys; `--statement-root-key statement` or `user` sends one.
         */
        get: operations["readMemberStatement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/members/{member_guid}/statements/{statement_guid}.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download statement PDF
         * @description Use this endpoint to download a specified statement as a PDF. The URL is the host plus the `uri` given in each statement object; send `Accept: application/vnd.mx.atrium.v1+pdf`. Every download returns the same bytes, whose SHA-256 is the statement's `content_hash`. Errors still come back as JSON.
         */
        get: operations["downloadStatementPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/users/{user_guid}/connect_widget_url": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Embedding in a website
         * @description This endpoint returns a URL for an embeddable version of MX Connect. The URL is single-use and expires after 10 minutes. The body is flat and every field is optional: `{}`, an empty body or no body at all give the defaults. The response root key really is `user`. In the simulator the URL points back at the simulator (`/connect/<token>`, 10 minutes of simulated time) and shows a page with the user's members instead of MX's widget. 403 when the user is disabled; 404 when `current_member_guid` is not a member of the user or `current_institution_code` is not an institution.
         */
        post: operations["getConnectWidget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/merchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List merchants
         * @description This endpoint returns a paginated list of all the merchants in the MX system (in the simulator: the merchants its generated transactions use, alphabetical by name).
         */
        get: operations["listMerchants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/merchants/{merchant_guid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read merchant
         * @description Returns information about a particular merchant, such as a logo, name, and website. The `merchant_guid` can be found on transactions and categorized transactions.
         */
        get: operations["readMerchant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/merchants/{merchant_guid}/merchant_locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List merchant locations
         * @description This endpoint returns a list of all the merchant locations associated with a merchant, including physical location, latitude and longitude. Paginated.
         */
        get: operations["listMerchantLocations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/merchants/{merchant_guid}/merchant_locations/{merchant_location_guid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read merchant location
         * @description This endpoint returns a specific merchant location associated with a merchant, including physical location, latitude and longitude.
         */
        get: operations["readMerchantLocation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /**
         * @example {
         *       "error": {
         *         "message": "We were unable to find the record you requested."
         *       }
         *     }
         */
        ErrorResponseBody: {
            error: {
                /**
                 * @description A human-readable message. Atrium has no error codes, only the message and the HTTP status.
                 * @example We were unable to find the record you requested.
                 */
                message: string;
                /**
                 * @description Present and true only when the simulator itself is at fault.
                 * @example true
                 */
                mock_error?: boolean;
            };
        };
        Pagination: {
            /** @example 1 */
            current_page: number;
            /** @example 25 */
            per_page: number;
            /** @example 1 */
            total_entries: number;
            /**
             * @description At least 1, also for an empty list.
             * @example 1
             */
            total_pages: number;
        };
        /**
         * @description The state of the member's connection to its institution (null when the member has no credentials). Success is `CONNECTED` with `is_being_aggregated: false`.
         * @example CONNECTED
         * @enum {string|null}
         */
        ConnectionStatus: "CREATED" | "PREVENTED" | "DENIED" | "CHALLENGED" | "REJECTED" | "LOCKED" | "CONNECTED" | "IMPEDED" | "RECONNECTED" | "DEGRADED" | "DISCONNECTED" | "DISCONTINUED" | "CLOSED" | "DELAYED" | "FAILED" | "UPDATED" | "DISABLED" | "IMPORTED" | "RESUMED" | "EXPIRED" | "IMPAIRED" | "PENDING" | null;
        /**
         * @description The legacy (deprecated, still returned) aggregation status of a member.
         * @example COMPLETED
         * @enum {string|null}
         */
        MemberStatus: "INITIATED" | "REQUESTED" | "CHALLENGED" | "RECEIVED" | "TRANSFERRED" | "PROCESSED" | "COMPLETED" | "PREVENTED" | "DENIED" | "HALTED" | "FAILED" | "AUTHENTICATED" | "ABORTED" | "STOPPED" | "THROTTLED" | "SUSPENDED" | "ERRORED" | "TERMINATED" | "EXPIRED" | "LOCKED" | "DISABLED" | "REJECTED" | "RESUMED" | "UPDATED" | null;
        /**
         * @description The general type of an account.
         * @example SAVINGS
         * @enum {string}
         */
        AccountType: "ANY" | "CHECKING" | "SAVINGS" | "LOAN" | "CREDIT_CARD" | "INVESTMENT" | "LINE_OF_CREDIT" | "MORTGAGE" | "PROPERTY" | "CASH" | "INSURANCE" | "PREPAID" | "CHECKING_LINE_OF_CREDIT";
        /**
         * @description The type of a holding, e.g. mutual fund or bond.
         * @example MONEY_MARKET
         * @enum {string|null}
         */
        HoldingType: "ANNUITY" | "CASH" | "EQUITY" | "EXCHANGE_TRADED_FUND" | "FIXED_INCOME" | "HEDGE_FUND" | "MONEY_MARKET" | "MUTUAL_FUND" | "OPTIONS" | "UNIT_INVESTMENT_TRUST" | "UNKNOWN_TYPE" | null;
        User: {
            /**
             * @description A unique identifier, defined by MX.
             * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
             */
            guid: string;
            /**
             * @description A unique, enforced identifier for the user, defined by you.
             * @example unique_id
             */
            identifier: string | null;
            /**
             * @description Whether the user has been disabled.
             * @example false
             */
            is_disabled: boolean;
            /**
             * @description Additional information you can store about this user; MX recommends JSON-structured data.
             * @example {"first_name": "Steven"}
             */
            metadata: string | null;
        };
        UserResponseBody: {
            user: components["schemas"]["User"];
        };
        UsersResponseBody: {
            users: components["schemas"]["User"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description None of the fields is required, but the object cannot be empty. */
        UserCreateRequest: {
            /**
             * @description A unique, enforced identifier for the user, defined by you.
             * @example unique_id
             */
            identifier?: string | null;
            /**
             * @description Create the user disabled.
             * @example false
             */
            is_disabled?: boolean | null;
            /**
             * @description Additional information you can store about this user.
             * @example {"first_name": "Steven"}
             */
            metadata?: string | null;
        };
        UserCreateRequestBody: {
            user: components["schemas"]["UserCreateRequest"];
        };
        UserUpdateRequest: {
            /**
             * @description A unique, enforced identifier for the user, defined by you.
             * @example unique_id
             */
            identifier?: string | null;
            /**
             * @description Disable (true) or enable (false) the user.
             * @example false
             */
            is_disabled?: boolean | null;
            /**
             * @description Additional information you can store about this user.
             * @example {"first_name": "Steven"}
             */
            metadata?: string | null;
        };
        UserUpdateRequestBody: {
            user: components["schemas"]["UserUpdateRequest"];
        };
        Institution: {
            /**
             * @description The unique code of the institution.
             * @example mxbank
             */
            code: string;
            /**
             * @description URL of a 100x100 logo.
             * @example https://content.moneydesktop.com/storage/MD_Assets/Ipad%20Logos/100x100/default_100x100.png
             */
            medium_logo_url: string | null;
            /** @example MX Bank */
            name: string;
            /**
             * @description URL of a 50x50 logo.
             * @example https://content.moneydesktop.com/storage/MD_Assets/Ipad%20Logos/50x50/default_50x50.png
             */
            small_logo_url: string | null;
            /** @example true */
            supports_account_identification: boolean;
            /** @example true */
            supports_account_statement: boolean;
            /** @example true */
            supports_account_verification: boolean;
            /** @example false */
            supports_oauth: boolean;
            /** @example true */
            supports_transaction_history: boolean;
            /**
             * @description The institution's website.
             * @example https://www.mx.com
             */
            url: string | null;
        };
        InstitutionResponseBody: {
            institution: components["schemas"]["Institution"];
        };
        InstitutionsResponseBody: {
            institutions: components["schemas"]["Institution"][];
            pagination: components["schemas"]["Pagination"];
        };
        CredentialOption: {
            /** @example Personal */
            label: string;
            /** @example personal */
            value: string;
        };
        /** @description A credential field of an institution or member (never its value). */
        CredentialResponse: {
            /**
             * @description The order in which the credential should be displayed to the end user.
             * @example 0
             */
            display_order: number;
            /** @example LOGIN */
            field_name: string;
            /** @example CRD-9f61fb4c-912c-bd1e-b175-ccc7f0275cc1 */
            guid: string;
            /**
             * @description The label to show the end user.
             * @example Username
             */
            label: string;
            /**
             * @example LOGIN
             * @enum {string}
             */
            type: "LOGIN" | "PASSWORD" | "TEXT" | "OPTIONS";
            /** @description Only for select-type (`OPTIONS`) credentials. */
            options?: components["schemas"]["CredentialOption"][];
        };
        CredentialsResponseBody: {
            credentials: components["schemas"]["CredentialResponse"][];
        };
        /** @description A credential value (or an MFA answer) sent by the client. */
        CredentialRequest: {
            /**
             * @description The guid of the institution credential (or of the challenge being answered).
             * @example CRD-9f61fb4c-912c-bd1e-b175-ccc7f0275cc1
             */
            guid: string;
            /**
             * @description The value entered by the end user (or the chosen option's value).
             * @example test_atrium
             */
            value: string;
        };
        Member: {
            /**
             * Format: date-time
             * @description The date and time the most recent aggregation-type job started.
             * @example 2016-10-13T18:07:57+00:00
             */
            aggregated_at: string | null;
            /**
             * @description Whether MX's daily background aggregation is turned off for this member.
             * @example false
             */
            background_aggregation_is_disabled: boolean;
            connection_status: components["schemas"]["ConnectionStatus"];
            /** @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b */
            guid: string;
            /**
             * @description A unique, enforced identifier for the member, defined by you.
             * @example unique_id
             */
            identifier: string | null;
            /** @example mxbank */
            institution_code: string;
            /**
             * @description Whether an aggregation-type job is running on the member.
             * @example false
             */
            is_being_aggregated: boolean;
            /** @example false */
            is_oauth: boolean;
            /** @example {"credentials_last_refreshed_at": "2015-10-15"} */
            metadata: string | null;
            /**
             * @description The name of the member's institution.
             * @example MX Bank
             */
            name: string;
            /**
             * @description One-time URI of the OAuth window (includes the https scheme); only for OAuth members.
             * @example https://int-widgets.moneydesktop.com/oauth/predirect_to/MBR-7c6f361b-e582-15b6-60c0-358f12466b4b/p8v4Kmhx1wT1rWfKVoxGgGkrPKxSGcr1pt3A8hNy9y1l7t5vp2AGX0wZfgAyx3pq
             */
            oauth_window_uri: string | null;
            status: components["schemas"]["MemberStatus"];
            /**
             * Format: date-time
             * @description The date and time the member last aggregated successfully.
             * @example 2016-10-13T17:57:38+00:00
             */
            successfully_aggregated_at: string | null;
            /** @example USR-fa7537f3-48aa-a683-a02a-b18940482f54 */
            user_guid: string;
        };
        MemberResponseBody: {
            member: components["schemas"]["Member"];
        };
        MembersResponseBody: {
            members: components["schemas"]["Member"][];
            pagination: components["schemas"]["Pagination"];
        };
        MemberCreateRequest: {
            /** @example mxbank */
            institution_code: string;
            /** @description Required for non-OAuth institutions; one entry per institution credential. */
            credentials?: components["schemas"]["CredentialRequest"][] | null;
            /** @example unique_id */
            identifier?: string | null;
            /** @example {"credentials_last_refreshed_at": "2015-10-15"} */
            metadata?: string | null;
            /**
             * @description When true, the member is created without starting an aggregation.
             * @example false
             */
            skip_aggregation?: boolean | null;
            /**
             * @description Create an OAuth member (no credentials; connection_status PENDING).
             * @example false
             */
            is_oauth?: boolean | null;
            /**
             * @example BROWSER
             * @enum {string|null}
             */
            referral_source?: "BROWSER" | "APP" | null;
            /**
             * @description A URL that MX redirects to at the end of OAuth.
             * @example https://example.com/oauth-complete
             */
            client_redirect_url?: string | null;
            /**
             * @description A scheme for routing the user back to the application after OAuth.
             * @example atrium
             */
            ui_message_webview_url_scheme?: string | null;
        };
        MemberCreateRequestBody: {
            member: components["schemas"]["MemberCreateRequest"];
        };
        MemberUpdateRequest: {
            /** @description New credential values; a change starts a standard aggregation. */
            credentials?: components["schemas"]["CredentialRequest"][] | null;
            /** @example unique_id */
            identifier?: string | null;
            /** @example {"credentials_last_refreshed_at": "2015-10-15"} */
            metadata?: string | null;
            /** @example false */
            background_aggregation_is_disabled?: boolean | null;
        };
        MemberUpdateRequestBody: {
            member: components["schemas"]["MemberUpdateRequest"];
        };
        MemberResumeRequest: {
            /** @description One answer per open challenge; `guid` is the challenge guid. */
            challenges: components["schemas"]["CredentialRequest"][];
        };
        MemberResumeRequestBody: {
            member: components["schemas"]["MemberResumeRequest"];
        };
        /** @description Optional body of identify and verify. MX documents an `include_transactions` field without saying whether it is wrapped, so both the flat form and the `member` form are accepted. */
        JobRequestBody: {
            /**
             * @description Also gather transactions during the job.
             * @example false
             */
            include_transactions?: boolean | null;
            member?: {
                /**
                 * @description Also gather transactions during the job.
                 * @example false
                 */
                include_transactions?: boolean | null;
            } | null;
        };
        MemberConnectionStatus: {
            /**
             * Format: date-time
             * @example 2016-10-13T18:07:57+00:00
             */
            aggregated_at: string | null;
            /** @description Present only while the member is CHALLENGED. */
            challenges?: components["schemas"]["Challenge"][] | null;
            connection_status: components["schemas"]["ConnectionStatus"];
            /** @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b */
            guid: string;
            /**
             * @description Reset to false each time a job starts.
             * @example true
             */
            has_processed_accounts: boolean;
            /**
             * @description Reset to false each time a job starts.
             * @example false
             */
            has_processed_transactions: boolean;
            /**
             * @description Whether the credentials were accepted during the current job (MFA may still follow).
             * @example true
             */
            is_authenticated: boolean;
            /** @example true */
            is_being_aggregated: boolean;
            status: components["schemas"]["MemberStatus"];
            /**
             * Format: date-time
             * @example 2016-10-13T17:57:38+00:00
             */
            successfully_aggregated_at: string | null;
        };
        MemberConnectionStatusResponseBody: {
            member: components["schemas"]["MemberConnectionStatus"];
        };
        ChallengeOption: {
            /** @example Eiffel Tower */
            label: string;
            /** @example correct */
            value: string;
        };
        ChallengeImageOption: {
            /** @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg== */
            data_uri: string;
            /** @example IMAGE_1 */
            label: string;
            /** @example image_data */
            value: string;
        };
        /** @description A multi-factor authentication question. */
        Challenge: {
            /** @example What city were you born in? */
            field_name: string;
            /** @example CRD-1ec152cd-e628-e81a-e852-d1e7104624da */
            guid: string;
            /**
             * @description The question text.
             * @example What city were you born in?
             */
            label: string;
            /**
             * @example TEXT
             * @enum {string}
             */
            type: "TEXT" | "OPTIONS" | "TOKEN" | "IMAGE_DATA" | "IMAGE_OPTIONS";
            /** @description Only for OPTIONS challenges; answer with the chosen option's value. */
            options?: components["schemas"]["ChallengeOption"][] | null;
            /**
             * @description Only for IMAGE_DATA challenges; a base64 data URI.
             * @example data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==
             */
            image_data?: string | null;
            /** @description Only for IMAGE_OPTIONS challenges; answer with the chosen option's value. */
            image_options?: components["schemas"]["ChallengeImageOption"][] | null;
        };
        ChallengesResponseBody: {
            challenges: components["schemas"]["Challenge"][];
        };
        Account: {
            /**
             * @description Typically a masked or partial account number.
             * @example 5366
             */
            account_number: string | null;
            /**
             * @description The annual percentage rate.
             * @example 1.12
             */
            apr: number | null;
            /**
             * @description The annual percentage yield.
             * @example 1.43
             */
            apy: number | null;
            /** @example 1000.23 */
            available_balance: number | null;
            /** @example 100.23 */
            available_credit: number | null;
            /**
             * @description The current balance; usually positive for every account type.
             * @example 1000.23
             */
            balance: number | null;
            /** @example 1000.32 */
            cash_balance: number | null;
            /** @example 1000.23 */
            cash_surrender_value: number | null;
            /**
             * Format: date-time
             * @example 2016-10-13T17:57:37+00:00
             */
            created_at: string;
            /** @example 100.23 */
            credit_limit: number | null;
            /**
             * @description The three-character ISO 4217 currency code.
             * @example USD
             */
            currency_code: string;
            /** @example 20 */
            day_payment_is_due: number | null;
            /** @example 1000.12 */
            death_benefit: number | null;
            /** @example ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1 */
            guid: string;
            /** @example 1000.21 */
            holdings_value: number | null;
            /** @example mxbank */
            institution_code: string;
            /** @example Steven Universe */
            insured_name: string | null;
            /** @example 1.5 */
            interest_rate: number | null;
            /** @example false */
            is_closed: boolean;
            /** @example 100 */
            last_payment: number | null;
            /**
             * Format: date-time
             * @example 2015-10-13T17:57:37+00:00
             */
            last_payment_at: string | null;
            /** @example 1000 */
            loan_amount: number | null;
            /**
             * Format: date
             * @example 2026-10-13
             */
            matures_on: string | null;
            /** @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b */
            member_guid: string;
            /** @example 100 */
            minimum_balance: number | null;
            /** @example 10 */
            minimum_payment: number | null;
            /** @example Test Account 2 */
            name: string;
            /** @example 10 */
            original_balance: number | null;
            /** @example 10 */
            pay_out_amount: number | null;
            /**
             * Format: date-time
             * @example 2016-11-20T00:00:00+00:00
             */
            payment_due_at: string | null;
            /** @example 10 */
            payoff_balance: number | null;
            /** @example 1 */
            premium_amount: number | null;
            /**
             * Format: date
             * @example 2015-10-13
             */
            started_on: string | null;
            /**
             * @description The account subtype, e.g. MONEY_MARKET or PLAN_401_K (free string).
             * @example MONEY_MARKET
             */
            subtype: string | null;
            /** @example 1 */
            total_account_value: number | null;
            type: components["schemas"]["AccountType"];
            /**
             * Format: date-time
             * @example 2016-10-13T18:08:00+00:00
             */
            updated_at: string;
            /** @example USR-fa7537f3-48aa-a683-a02a-b18940482f54 */
            user_guid: string;
        };
        AccountResponseBody: {
            account: components["schemas"]["Account"];
        };
        AccountsResponseBody: {
            accounts: components["schemas"]["Account"][];
            pagination: components["schemas"]["Pagination"];
        };
        Transaction: {
            /** @example ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1 */
            account_guid: string;
            /**
             * @description Always positive; the direction comes from `type`.
             * @example 61.11
             */
            amount: number;
            /** @example Groceries */
            category: string | null;
            /**
             * @description Deprecated; use check_number_string.
             * @example 6812
             */
            check_number: number | null;
            /** @example 6812 */
            check_number_string: string | null;
            /**
             * Format: date-time
             * @example 2016-10-06T09:43:42+00:00
             */
            created_at: string;
            /** @example USD */
            currency_code: string;
            /**
             * Format: date
             * @description The date the transaction took place (transacted date, falling back to posted); used by the date filters.
             * @example 2016-10-06
             */
            date: string;
            /**
             * @description A human-readable version of original_description.
             * @example Whole Foods
             */
            description: string;
            /** @example TRN-265abee9-889b-af6a-c69b-25157db2bdd9 */
            guid: string;
            /** @example false */
            is_bill_pay: boolean;
            /** @example false */
            is_direct_deposit: boolean;
            /** @example true */
            is_expense: boolean;
            /** @example false */
            is_fee: boolean;
            /** @example false */
            is_income: boolean;
            /**
             * @description Null when the data provider does not say.
             * @example false
             */
            is_international: boolean | null;
            /** @example false */
            is_overdraft_fee: boolean;
            /** @example false */
            is_payroll_advance: boolean;
            /** @example false */
            is_subscription: boolean;
            /** @example 40.5710098 */
            latitude: number | null;
            /** @example -74.1097041 */
            longitude: number | null;
            /** @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b */
            member_guid: string;
            /** @example Weekly groceries */
            memo: string | null;
            /**
             * @description The ISO 18245 merchant category code (MCC).
             * @example 5411
             */
            merchant_category_code: number | null;
            /** @example MCH-7ed79542-884d-2b1b-dd74-501c5cc9d25b */
            merchant_guid: string | null;
            /** @example MCL-00024e59-18b5-4d79-b879-2a7896726fea */
            merchant_location_guid: string | null;
            /**
             * @description The description as received from the institution.
             * @example WHOLEFDS TSQ 102
             */
            original_description: string;
            /**
             * Format: date-time
             * @example 2016-10-07T06:00:00+00:00
             */
            posted_at: string | null;
            /**
             * @example POSTED
             * @enum {string}
             */
            status: "POSTED" | "PENDING";
            /** @example Food & Dining */
            top_level_category: string | null;
            /**
             * Format: date-time
             * @example 2016-10-06T13:00:00+00:00
             */
            transacted_at: string | null;
            /**
             * @example DEBIT
             * @enum {string}
             */
            type: "DEBIT" | "CREDIT";
            /**
             * Format: date-time
             * @example 2016-10-07T05:49:12+00:00
             */
            updated_at: string;
            /** @example USR-fa7537f3-48aa-a683-a02a-b18940482f54 */
            user_guid: string;
        };
        TransactionResponseBody: {
            transaction: components["schemas"]["Transaction"];
        };
        TransactionsResponseBody: {
            transactions: components["schemas"]["Transaction"][];
            pagination: components["schemas"]["Pagination"];
        };
        TransactionCleanseAndCategorizeRequest: {
            /** @example 11.22 */
            amount?: number | null;
            /**
             * @description The raw description to cleanse and categorize.
             * @example BEER BAR 65000000764SALT LAKE C
             */
            description: string;
            /**
             * @description Your identifier for the transaction; echoed back.
             * @example 12
             */
            identifier: string;
            /** @example 6011 */
            merchant_category_code?: number | null;
            /**
             * @example DEBIT
             * @enum {string|null}
             */
            type?: "DEBIT" | "CREDIT" | null;
        };
        TransactionsCleanseAndCategorizeRequestBody: {
            transactions: components["schemas"]["TransactionCleanseAndCategorizeRequest"][];
        };
        TransactionCleanseAndCategorizeResponse: {
            /** @example 11.22 */
            amount: number | null;
            /** @example Cash */
            category: string;
            /** @example CAT-08a5d861-2890-686e-ebaf-d7632ec88540 */
            category_guid: string;
            /** @example 15 */
            categorized_by: number | null;
            /** @example 0 */
            described_by: number | null;
            /**
             * @description The cleansed description.
             * @example Beer Bar
             */
            description: string;
            /**
             * @description The identifier sent in the request.
             * @example 12
             */
            identifier: string;
            /** @example false */
            is_bill_pay: boolean | null;
            /** @example false */
            is_direct_deposit: boolean | null;
            /** @example true */
            is_expense: boolean | null;
            /** @example false */
            is_fee: boolean | null;
            /** @example false */
            is_income: boolean | null;
            /** @example false */
            is_international: boolean | null;
            /** @example false */
            is_overdraft_fee: boolean | null;
            /** @example false */
            is_payroll_advance: boolean | null;
            /** @example false */
            is_subscription: boolean | null;
            /** @example Craft Beer */
            memo: string | null;
            /** @example 6011 */
            merchant_category_code: number | null;
            /** @example MCH-7ed79542-884d-2b1b-dd74-501c5cc9d25b */
            merchant_guid: string | null;
            /** @example MCL-00024e59-18b5-4d79-b879-2a7896726fea */
            merchant_location_guid: string | null;
            /** @example BEER BAR 65000000764SALT LAKE C */
            original_description: string;
            /**
             * @example DEBIT
             * @enum {string|null}
             */
            type: "DEBIT" | "CREDIT" | null;
        };
        TransactionsCleanseAndCategorizeResponseBody: {
            transactions: components["schemas"]["TransactionCleanseAndCategorizeResponse"][];
        };
        Holding: {
            /** @example ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1 */
            account_guid: string;
            /** @example 827 */
            cost_basis: number | null;
            /**
             * Format: date-time
             * @example 2015-04-13T18:01:23+00:00
             */
            created_at: string;
            /** @example USD */
            currency_code: string | null;
            /**
             * @description No longer supported by MX since 2025-01-01.
             * @example 18383M878
             */
            cusip: string | null;
            /** @example 2.5 */
            daily_change: number | null;
            /** @example Guggenheim Defensive Equity ETF */
            description: string | null;
            /** @example HOL-d65683e8-9eab-26bb-bcfd-ced159c9abe2 */
            guid: string;
            holding_type: components["schemas"]["HoldingType"];
            /** @example 989.5 */
            market_value: number | null;
            /** @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b */
            member_guid: string;
            /** @example 26.3 */
            purchase_price: number | null;
            /** @example 6 */
            shares: number | null;
            /** @example DEF */
            symbol: string | null;
            /**
             * Format: date-time
             * @example 2015-04-13T18:01:23+00:00
             */
            updated_at: string;
            /** @example USR-fa7537f3-48aa-a683-a02a-b18940482f54 */
            user_guid: string;
        };
        HoldingResponseBody: {
            holding: components["schemas"]["Holding"];
        };
        HoldingsResponseBody: {
            holdings: components["schemas"]["Holding"][];
            pagination: components["schemas"]["Pagination"];
        };
        AccountOwner: {
            /** @example ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1 */
            account_guid: string;
            /** @example 123 This Way */
            address: string | null;
            /** @example Middlesex */
            city: string | null;
            /** @example US */
            country: string | null;
            /** @example donnie@darko.co */
            email: string | null;
            /** @example ACO-63dc7714-6fc0-4aa2-a069-c06cdccd1af9 */
            guid: string;
            /** @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b */
            member_guid: string;
            /** @example Donnie Darko */
            owner_name: string;
            /** @example 555-555-5555 */
            phone: string | null;
            /** @example 00000-0000 */
            postal_code: string | null;
            /** @example VA */
            state: string | null;
            /** @example USR-fa7537f3-48aa-a683-a02a-b18940482f54 */
            user_guid: string;
        };
        AccountOwnersResponseBody: {
            account_owners: components["schemas"]["AccountOwner"][];
        };
        AccountNumber: {
            /** @example ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1 */
            account_guid: string;
            /** @example 10001 */
            account_number: string;
            /**
             * @description Canadian institution number (3 digits).
             * @example 123
             */
            institution_number: string | null;
            /** @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b */
            member_guid: string;
            /** @example 68899990000000 */
            routing_number: string | null;
            /**
             * @description Canadian transit number (5 digits).
             * @example 12345
             */
            transit_number: string | null;
            /** @example USR-fa7537f3-48aa-a683-a02a-b18940482f54 */
            user_guid: string;
        };
        AccountNumbersResponseBody: {
            account_numbers: components["schemas"]["AccountNumber"][];
        };
        Statement: {
            /** @example ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1 */
            account_guid: string;
            /**
             * @description SHA-256 (hex) of the PDF document.
             * @example ca53785b812d00ef821c3d94bfd6e5bbc0020504410589b7ea8552169f021981
             */
            content_hash: string;
            /**
             * Format: date-time
             * @example 2016-10-13T18:08:00+00:00
             */
            created_at: string;
            /** @example STA-737a344b-caae-0f6e-1384-01f52e75dcb1 */
            guid: string;
            /** @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b */
            member_guid: string;
            /**
             * Format: date-time
             * @example 2016-10-13T18:09:00+00:00
             */
            updated_at: string;
            /**
             * @description Path of the PDF download, relative to the host.
             * @example /users/USR-fa7537f3-48aa-a683-a02a-b18940482f54/members/MBR-7c6f361b-e582-15b6-60c0-358f12466b4b/statements/STA-737a344b-caae-0f6e-1384-01f52e75dcb1.pdf
             */
            uri: string;
            /** @example USR-fa7537f3-48aa-a683-a02a-b18940482f54 */
            user_guid: string;
        };
        /** @description `statement` is the root key MX's docs show; every generated SDK reads the same object under `user`. The simulator sends both by default (`--statement-root-key both`), or only one of them (`statement` or `user`); a client should read whichever is present. */
        StatementResponseBody: {
            statement?: components["schemas"]["Statement"];
            user?: components["schemas"]["Statement"];
        };
        StatementsResponseBody: {
            statements: components["schemas"]["Statement"][];
            pagination: components["schemas"]["Pagination"];
        };
        /** @description Flat body; every field is optional, `{}` (or no body) gives the defaults. */
        ConnectWidgetRequestBody: {
            /**
             * @example light
             * @enum {string|null}
             */
            color_scheme?: "light" | "dark" | null;
            /**
             * @description Load the widget into the credential view of this institution.
             * @example mxbank
             */
            current_institution_code?: string | null;
            /**
             * @description Load the widget on this member (e.g. to answer MFA or update credentials).
             * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
             */
            current_member_guid?: string | null;
            /** @example false */
            disable_institution_search?: boolean | null;
            /** @example true */
            include_transactions?: boolean | null;
            /** @example false */
            is_mobile_webview?: boolean | null;
            /**
             * @example aggregation
             * @enum {string|null}
             */
            mode?: "aggregation" | "verification" | null;
            /** @example 4 */
            ui_message_version?: number | null;
            /** @example atrium */
            ui_message_webview_url_scheme?: string | null;
            /** @example false */
            update_credentials?: boolean | null;
            /** @example false */
            wait_for_full_aggregation?: boolean | null;
        };
        ConnectWidget: {
            /**
             * @description Single-use URL, valid for 10 minutes.
             * @example https://int-widgets.moneydesktop.com/md/connect/jb1rA14m85tw2lyvpgfx4gc6d3Z8z8Ayb8
             */
            connect_widget_url: string;
            /**
             * @description The guid of the user.
             * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
             */
            guid: string;
        };
        ConnectWidgetResponseBody: {
            user: components["schemas"]["ConnectWidget"];
        };
        Merchant: {
            /**
             * Format: date-time
             * @example 2018-09-17T19:13:53+00:00
             */
            created_at: string | null;
            /** @example MCH-ad6d3405-ec03-721d-b0ca-eeceeebcb8b5 */
            guid: string;
            /**
             * Format: date-time
             * @example 2021-08-09T16:19:23+00:00
             */
            logo_updated_at: string | null;
            /**
             * @description A 100x100 PNG; `https://content.mx.com/logos/merchants/` + guid + `.png`.
             * @example https://content.mx.com/logos/merchants/MCH-ad6d3405-ec03-721d-b0ca-eeceeebcb8b5.png
             */
            logo_url: string | null;
            /** @example 1-800 Contacts */
            name: string;
            /**
             * Format: date-time
             * @example 2021-08-09T16:19:23+00:00
             */
            updated_at: string | null;
            /** @example https://www.1800contacts.com */
            website_url: string | null;
        };
        MerchantResponseBody: {
            merchant: components["schemas"]["Merchant"];
        };
        MerchantsResponseBody: {
            merchants: components["schemas"]["Merchant"][];
            pagination: components["schemas"]["Pagination"];
        };
        MerchantLocation: {
            /** @example Staten Island */
            city: string | null;
            /** @example United States */
            country: string | null;
            /** @example MCL-00024e59-18b5-4d79-b879-2a7896726fea */
            guid: string;
            /** @example 40.5710098 */
            latitude: number | null;
            /** @example -74.1097041 */
            longitude: number | null;
            /** @example MCH-ad6d3405-ec03-721d-b0ca-eeceeebcb8b5 */
            merchant_guid: string;
            /** @example (917) 426-0321 */
            phone_number: string | null;
            /** @example 10306 */
            postal_code: string | null;
            /** @example NY */
            state: string | null;
            /**
             * @description Deprecated by MX.
             * @example 0239
             */
            store_number: string | null;
            /** @example 2475 Hylan Blvd */
            street_address: string | null;
            /**
             * Format: date-time
             * @example 2021-10-05T23:35:19+00:00
             */
            updated_at: string | null;
        };
        MerchantLocationResponseBody: {
            merchant_location: components["schemas"]["MerchantLocation"];
        };
        MerchantLocationsResponseBody: {
            merchant_locations: components["schemas"]["MerchantLocation"][];
            pagination: components["schemas"]["Pagination"];
        };
    };
    responses: {
        /** @description Bad Request: a parameter or the body is missing or invalid (wrong type, unknown field, malformed JSON), or a premium job was requested for an institution that does not support it. */
        BadRequest: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Frame-Options": components["headers"]["X-Frame-Options"];
                "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Runtime": components["headers"]["X-Runtime"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Member's institution does not support instant account verification."
                 *       }
                 *     }
                 */
                "application/vnd.mx.atrium.v1+json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /** @description Unauthorized; `MX-API-Key` or `MX-Client-ID` is missing or wrong. */
        Unauthorized: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Frame-Options": components["headers"]["X-Frame-Options"];
                "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Runtime": components["headers"]["X-Runtime"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "The MX-API-Key and MX-Client-ID headers are required."
                 *       }
                 *     }
                 */
                "application/vnd.mx.atrium.v1+json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /** @description Forbidden: the feature (identification, verification, statements, extended history) is not enabled for the client, or the user is disabled. */
        Forbidden: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Frame-Options": components["headers"]["X-Frame-Options"];
                "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Runtime": components["headers"]["X-Runtime"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "This user is disabled."
                 *       }
                 *     }
                 */
                "application/vnd.mx.atrium.v1+json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /** @description Not Found; the record (or the institution) does not exist for this client. */
        NotFound: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Frame-Options": components["headers"]["X-Frame-Options"];
                "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Runtime": components["headers"]["X-Runtime"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "We were unable to find the record you requested."
                 *       }
                 *     }
                 */
                "application/vnd.mx.atrium.v1+json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /** @description Method Not Allowed: a constraint on the endpoint wasn't met (e.g. a 26th member, the user limit, resuming a member that is not CHALLENGED, changing the read-only test data). */
        MethodNotAllowed: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Frame-Options": components["headers"]["X-Frame-Options"];
                "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Runtime": components["headers"]["X-Runtime"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Member is not in a challenged state."
                 *       }
                 *     }
                 */
                "application/vnd.mx.atrium.v1+json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /** @description Not Acceptable: the `Accept` header does not ask for a media type the simulator serves (`application/vnd.mx.atrium.v1+json`; with `--strict-accept` nothing else). */
        NotAcceptable: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Frame-Options": components["headers"]["X-Frame-Options"];
                "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Runtime": components["headers"]["X-Runtime"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "You must specify a valid API version in the Accept header, e.g. application/vnd.mx.atrium.v1+json."
                 *       }
                 *     }
                 */
                "application/vnd.mx.atrium.v1+json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /** @description Conflict: an object with the same attributes already exists (identifier, or same institution and credentials), or a job of another type is already running on the member. */
        Conflict: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Frame-Options": components["headers"]["X-Frame-Options"];
                "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Runtime": components["headers"]["X-Runtime"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Another aggregation-type process is already running for this member."
                 *       }
                 *     }
                 */
                "application/vnd.mx.atrium.v1+json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /** @description Payload Too Large; the request body exceeds the simulator's body size limit. */
        PayloadTooLarge: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Frame-Options": components["headers"]["X-Frame-Options"];
                "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Runtime": components["headers"]["X-Runtime"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "The request body is too large."
                 *       }
                 *     }
                 */
                "application/vnd.mx.atrium.v1+json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /** @description Unsupported Media Type; the request body is not sent as `application/json`. */
        UnsupportedMediaType: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Frame-Options": components["headers"]["X-Frame-Options"];
                "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Runtime": components["headers"]["X-Runtime"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "The request body must be sent with Content-Type: application/json."
                 *       }
                 *     }
                 */
                "application/vnd.mx.atrium.v1+json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /** @description Too Many Requests: balance aggregation was called again within two hours, or more than 5 times in 2 hours. */
        TooManyRequests: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Frame-Options": components["headers"]["X-Frame-Options"];
                "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Runtime": components["headers"]["X-Runtime"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                /**
                 * @description Seconds until the request may be retried.
                 * @example 7200
                 */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Balance aggregation may only be requested once every two hours."
                 *       }
                 *     }
                 */
                "application/vnd.mx.atrium.v1+json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /** @description The simulator itself is wrong: a broken scenario file, or a response that failed this document. The body has `mock_error: true` and the response carries `X-Mock-Error: true`. (A 500 injected on purpose through `/__mock/faults` has no `mock_error`.) */
        MockError: {
            headers: {
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Frame-Options": components["headers"]["X-Frame-Options"];
                "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Runtime": components["headers"]["X-Runtime"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                /**
                 * @description `true` when the simulator, not the simulated bank, produced the error.
                 * @example true
                 */
                "X-Mock-Error"?: string;
                [name: string]: unknown;
            };
            content: {
                /**
                 * @example {
                 *       "error": {
                 *         "message": "Response failed validation against the Atrium OpenAPI document: /member must have required property 'guid'.",
                 *         "mock_error": true
                 *       }
                 *     }
                 */
                "application/vnd.mx.atrium.v1+json": components["schemas"]["ErrorResponseBody"];
            };
        };
        /** @description Not Modified: the `If-None-Match` of a GET (or HEAD) equals the ETag the answer would have had (Rack::ConditionalGet). No body and no Content-Type; the ETag and the other headers of a 200 are sent. */
        NotModified: {
            headers: {
                ETag: components["headers"]["ETag"];
                "Cache-Control": components["headers"]["Cache-Control"];
                "X-Frame-Options": components["headers"]["X-Frame-Options"];
                "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                "X-Runtime": components["headers"]["X-Runtime"];
                "X-Request-Id": components["headers"]["X-Request-Id"];
                [name: string]: unknown;
            };
            content?: never;
        };
    };
    parameters: {
        /**
         * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
         * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
         */
        user_guid: string;
        /**
         * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
         * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
         */
        member_guid: string;
        /**
         * @description The unique identifier for an `account` (`ACT-...`).
         * @example ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1
         */
        account_guid: string;
        /**
         * @description The unique identifier for a `transaction` (`TRN-...`).
         * @example TRN-265abee9-889b-af6a-c69b-25157db2bdd9
         */
        transaction_guid: string;
        /**
         * @description The unique identifier for a `holding` (`HOL-...`).
         * @example HOL-d65683e8-9eab-26bb-bcfd-ced159c9abe2
         */
        holding_guid: string;
        /**
         * @description The unique identifier for a `statement` (`STA-...`).
         * @example STA-737a344b-caae-0f6e-1384-01f52e75dcb1
         */
        statement_guid: string;
        /**
         * @description The unique identifier for a `merchant` (`MCH-...`).
         * @example MCH-ad6d3405-ec03-721d-b0ca-eeceeebcb8b5
         */
        merchant_guid: string;
        /**
         * @description The unique identifier for a `merchant_location` (`MCL-...`).
         * @example MCL-00024e59-18b5-4d79-b879-2a7896726fea
         */
        merchant_location_guid: string;
        /**
         * @description The institution_code of the institution (lowercase, e.g. `mxbank`).
         * @example mxbank
         */
        institution_code: string;
        /**
         * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
         * @example 1
         */
        page: number;
        /**
         * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
         * @example 25
         */
        records_per_page: number;
        /**
         * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `100`. If the value exceeds `100`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
         * @example 25
         */
        records_per_page_institutions: number;
        /**
         * @description Filter transactions from this date (inclusive). Defaults to 90 days before the request. Send a date (`2016-09-20`); as Rails' `Date.parse` did, a date-time is read too and its date part is used as written, without time zone conversion (`2016-09-20T23:30:00-05:00` is 2016-09-20). The `rails-date` format accepts ISO 8601 / RFC 3339 dates and date-times (`T` or a space before the time; seconds, fractions and a zone such as `Z`, `+00:00`, `+0000`, `UTC` optional), the basic form `20160920` and RFC 2822 dates (`Tue, 20 Sep 2016 00:00:00 GMT`). A blank value is the default; anything else is `400`.
         * @example 2016-09-20
         */
        from_date: string;
        /**
         * @description Filter transactions to this date (inclusive). Defaults to 5 days after the request. Read like `from_date`: a date, or a date-time whose date part is used.
         * @example 2016-10-20
         */
        to_date: string;
        /**
         * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
         * @example W/"610732839f4d0be084073be7e774b704"
         */
        "If-None-Match": string;
    };
    requestBodies: never;
    headers: {
        /**
         * @description A weak ETag of the body, `W/"<MD5 of the body bytes in hex>"`, as Rack::ETag computed it (the cassettes' ETags are MD5s of their bodies). Sent on 200 answers with a body; send it back as `If-None-Match` to get a 304 while nothing changed.
         * @example W/"610732839f4d0be084073be7e774b704"
         */
        ETag: string;
        /**
         * @description `max-age=0, private, must-revalidate` on answers with an ETag (Rack::ETag), `no-cache` on every other answer (202, 204, errors), as Rails' default middleware sets it.
         * @example max-age=0, private, must-revalidate
         */
        "Cache-Control": "max-age=0, private, must-revalidate" | "no-cache";
        /** @description Rails' default header. */
        "X-Frame-Options": "SAMEORIGIN";
        /** @description Rails' default header. */
        "X-XSS-Protection": "1; mode=block";
        /** @description Rails' default header. */
        "X-Content-Type-Options": "nosniff";
        /**
         * @description Seconds the server spent on the request, with six decimals (Rack::Runtime).
         * @example 0.064885
         */
        "X-Runtime": string;
        /**
         * @description An id of this request (32 hex digits); the request journal and the logs carry it too.
         * @example 2144b3fd88cfea7671a5355cb5b1ad88
         */
        "X-Request-Id": string;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listUsers: {
        parameters: {
            query?: {
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page"];
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["UsersResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UserCreateRequestBody"];
            };
        };
        responses: {
            /** @description The newly created user. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["UserResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["MockError"];
        };
    };
    readUser: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["UserResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["UserUpdateRequestBody"];
            };
        };
        responses: {
            /** @description The updated user. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["UserResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["MockError"];
        };
    };
    deleteUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user was deleted. No content. */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    listInstitutions: {
        parameters: {
            query?: {
                /**
                 * @description List only institutions in which the given string appears.
                 * @example mx bank
                 */
                name?: string;
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `100`. If the value exceeds `100`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page_institutions"];
                /**
                 * @description Filter only institutions which support account identification.
                 * @example true
                 */
                supports_account_identification?: boolean;
                /**
                 * @description Filter only institutions which support account statements.
                 * @example true
                 */
                supports_account_statement?: boolean;
                /**
                 * @description Filter only institutions which support account verification.
                 * @example true
                 */
                supports_account_verification?: boolean;
                /**
                 * @description Filter only institutions which support extended transaction history.
                 * @example true
                 */
                supports_transaction_history?: boolean;
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of institutions. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["InstitutionsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    readInstitution: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The institution_code of the institution (lowercase, e.g. `mxbank`).
                 * @example mxbank
                 */
                institution_code: components["parameters"]["institution_code"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The institution. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["InstitutionResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    readInstitutionCredentials: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The institution_code of the institution (lowercase, e.g. `mxbank`).
                 * @example mxbank
                 */
                institution_code: components["parameters"]["institution_code"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The credential fields of the institution. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["CredentialsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    listMembers: {
        parameters: {
            query?: {
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page"];
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of members. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MembersResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    createMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberCreateRequestBody"];
            };
        };
        responses: {
            /** @description The member was created; aggregation started unless skipped. */
            202: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["MockError"];
        };
    };
    readMember: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["MemberUpdateRequestBody"];
            };
        };
        responses: {
            /** @description The updated member. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["MockError"];
        };
    };
    deleteMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member was deleted. No content. */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    aggregateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The read-only test member; no aggregation was started. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            /** @description An aggregation was started, one is already running, or the request fell inside the throttle window (then `is_being_aggregated` is false); the member. */
            202: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["MockError"];
        };
    };
    aggregateMemberBalances: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A balance aggregation was started; the member. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            /** @description A balance aggregation is already running; the member. */
            202: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            429: components["responses"]["TooManyRequests"];
            500: components["responses"]["MockError"];
        };
    };
    readMemberStatus: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member's connection status. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberConnectionStatusResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    listMemberMFAChallenges: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member is CHALLENGED; the open challenges. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["ChallengesResponseBody"];
                };
            };
            /** @description The member is not CHALLENGED. No content. */
            204: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    resumeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MemberResumeRequestBody"];
            };
        };
        responses: {
            /** @description The answers were received and aggregation resumed; the member. */
            202: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            405: components["responses"]["MethodNotAllowed"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["MockError"];
        };
    };
    listMemberCredentials: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member's credentials (without values). */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["CredentialsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    listMemberAccounts: {
        parameters: {
            query?: {
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page"];
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the member's accounts. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["AccountsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    readAccountByMemberGUID: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
                /**
                 * @description The unique identifier for an `account` (`ACT-...`).
                 * @example ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1
                 */
                account_guid: components["parameters"]["account_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["AccountResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    listMemberTransactions: {
        parameters: {
            query?: {
                /**
                 * @description Filter transactions from this date (inclusive). Defaults to 90 days before the request. Send a date (`2016-09-20`); as Rails' `Date.parse` did, a date-time is read too and its date part is used as written, without time zone conversion (`2016-09-20T23:30:00-05:00` is 2016-09-20). The `rails-date` format accepts ISO 8601 / RFC 3339 dates and date-times (`T` or a space before the time; seconds, fractions and a zone such as `Z`, `+00:00`, `+0000`, `UTC` optional), the basic form `20160920` and RFC 2822 dates (`Tue, 20 Sep 2016 00:00:00 GMT`). A blank value is the default; anything else is `400`.
                 * @example 2016-09-20
                 */
                from_date?: components["parameters"]["from_date"];
                /**
                 * @description Filter transactions to this date (inclusive). Defaults to 5 days after the request. Read like `from_date`: a date, or a date-time whose date part is used.
                 * @example 2016-10-20
                 */
                to_date?: components["parameters"]["to_date"];
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page"];
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the member's transactions. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["TransactionsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    extendHistory: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The extended history job was started; the member. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            /** @description An extended history job is already running; the member. */
            202: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["MockError"];
        };
    };
    readOAuthWindowURI: {
        parameters: {
            query?: {
                /**
                 * @description Must be either `BROWSER` or `APP` depending on the implementation. With `APP` and `ui_message_webview_url_scheme` (and no `client_redirect_url`), the window ends by redirecting to `<scheme>://oauth_complete?status=success&member_guid=...`.
                 * @example BROWSER
                 */
                referral_source?: "BROWSER" | "APP";
                /**
                 * @description A scheme for routing the user back to the application state they were previously in.
                 * @example atrium
                 */
                ui_message_webview_url_scheme?: string;
                /**
                 * @description When true, no aggregation starts after the OAuth process completes (the member is CONNECTED and idle).
                 * @example false
                 */
                skip_aggregation?: boolean;
                /**
                 * @description A URL that MX redirects to at the end of OAuth, with the query parameters `status` (`success` or `error`), `member_guid` and, on error, `error_reason`. Must be an absolute URL.
                 * @example https://example.com/oauth-complete
                 */
                client_redirect_url?: string;
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member with a fresh `oauth_window_uri`. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    listHoldingsByMember: {
        parameters: {
            query?: {
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page"];
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the member's holdings. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["HoldingsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    listUserAccounts: {
        parameters: {
            query?: {
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page"];
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the user's accounts. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["AccountsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    readAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for an `account` (`ACT-...`).
                 * @example ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1
                 */
                account_guid: components["parameters"]["account_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["AccountResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    listAccountTransactions: {
        parameters: {
            query?: {
                /**
                 * @description Filter transactions from this date (inclusive). Defaults to 90 days before the request. Send a date (`2016-09-20`); as Rails' `Date.parse` did, a date-time is read too and its date part is used as written, without time zone conversion (`2016-09-20T23:30:00-05:00` is 2016-09-20). The `rails-date` format accepts ISO 8601 / RFC 3339 dates and date-times (`T` or a space before the time; seconds, fractions and a zone such as `Z`, `+00:00`, `+0000`, `UTC` optional), the basic form `20160920` and RFC 2822 dates (`Tue, 20 Sep 2016 00:00:00 GMT`). A blank value is the default; anything else is `400`.
                 * @example 2016-09-20
                 */
                from_date?: components["parameters"]["from_date"];
                /**
                 * @description Filter transactions to this date (inclusive). Defaults to 5 days after the request. Read like `from_date`: a date, or a date-time whose date part is used.
                 * @example 2016-10-20
                 */
                to_date?: components["parameters"]["to_date"];
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page"];
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for an `account` (`ACT-...`).
                 * @example ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1
                 */
                account_guid: components["parameters"]["account_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the account's transactions. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["TransactionsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    listHoldingsByAccount: {
        parameters: {
            query?: {
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page"];
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for an `account` (`ACT-...`).
                 * @example ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1
                 */
                account_guid: components["parameters"]["account_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the account's holdings. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["HoldingsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    listUserTransactions: {
        parameters: {
            query?: {
                /**
                 * @description Filter transactions from this date (inclusive). Defaults to 90 days before the request. Send a date (`2016-09-20`); as Rails' `Date.parse` did, a date-time is read too and its date part is used as written, without time zone conversion (`2016-09-20T23:30:00-05:00` is 2016-09-20). The `rails-date` format accepts ISO 8601 / RFC 3339 dates and date-times (`T` or a space before the time; seconds, fractions and a zone such as `Z`, `+00:00`, `+0000`, `UTC` optional), the basic form `20160920` and RFC 2822 dates (`Tue, 20 Sep 2016 00:00:00 GMT`). A blank value is the default; anything else is `400`.
                 * @example 2016-09-20
                 */
                from_date?: components["parameters"]["from_date"];
                /**
                 * @description Filter transactions to this date (inclusive). Defaults to 5 days after the request. Read like `from_date`: a date, or a date-time whose date part is used.
                 * @example 2016-10-20
                 */
                to_date?: components["parameters"]["to_date"];
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page"];
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the user's transactions. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["TransactionsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    readTransaction: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `transaction` (`TRN-...`).
                 * @example TRN-265abee9-889b-af6a-c69b-25157db2bdd9
                 */
                transaction_guid: components["parameters"]["transaction_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["TransactionResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    cleanseAndCategorizeTransactions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TransactionsCleanseAndCategorizeRequestBody"];
            };
        };
        responses: {
            /** @description The cleansed and categorized transactions, in request order. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["TransactionsCleanseAndCategorizeResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["MockError"];
        };
    };
    listHoldings: {
        parameters: {
            query?: {
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page"];
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the user's holdings. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["HoldingsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    readHolding: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `holding` (`HOL-...`).
                 * @example HOL-d65683e8-9eab-26bb-bcfd-ced159c9abe2
                 */
                holding_guid: components["parameters"]["holding_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The holding. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["HoldingResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    identifyMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JobRequestBody"];
            };
        };
        responses: {
            /** @description The identification job was started; the member. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            /** @description An identification job is already running; the member. */
            202: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["MockError"];
        };
    };
    listAccountOwners: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member's account owners. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["AccountOwnersResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    verifyMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["JobRequestBody"];
            };
        };
        responses: {
            /** @description The verification job was started; the member. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            /** @description A verification job is already running; the member. */
            202: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["MockError"];
        };
    };
    listAccountNumbers: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member's account numbers. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["AccountNumbersResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    listAccountNumbersByAccount: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for an `account` (`ACT-...`).
                 * @example ACT-06d7f44b-caae-0f6e-1384-01f52e75dcb1
                 */
                account_guid: components["parameters"]["account_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's account numbers. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["AccountNumbersResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    fetchStatements: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statements job was started; the member. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            /** @description A statements job is already running; the member. */
            202: {
                headers: {
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MemberResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            409: components["responses"]["Conflict"];
            500: components["responses"]["MockError"];
        };
    };
    listMemberStatements: {
        parameters: {
            query?: {
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page"];
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the member's statements. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["StatementsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    readMemberStatement: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
                /**
                 * @description The unique identifier for a `statement` (`STA-...`).
                 * @example STA-737a344b-caae-0f6e-1384-01f52e75dcb1
                 */
                statement_guid: components["parameters"]["statement_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["StatementResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    downloadStatementPdf: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
                /**
                 * @description The unique identifier for a `member` (`MBR-...`; the test member is `test_atrium_member`).
                 * @example MBR-7c6f361b-e582-15b6-60c0-358f12466b4b
                 */
                member_guid: components["parameters"]["member_guid"];
                /**
                 * @description The unique identifier for a `statement` (`STA-...`).
                 * @example STA-737a344b-caae-0f6e-1384-01f52e75dcb1
                 */
                statement_guid: components["parameters"]["statement_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statement document. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+pdf": string;
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    getConnectWidget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The unique identifier for a `user` (`USR-...`; the test user is `test_atrium`).
                 * @example USR-fa7537f3-48aa-a683-a02a-b18940482f54
                 */
                user_guid: components["parameters"]["user_guid"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ConnectWidgetRequestBody"];
            };
        };
        responses: {
            /** @description A Connect widget URL for the user. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["ConnectWidgetResponseBody"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["Forbidden"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
            500: components["responses"]["MockError"];
        };
    };
    listMerchants: {
        parameters: {
            query?: {
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page"];
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of merchants. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MerchantsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    readMerchant: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `merchant` (`MCH-...`).
                 * @example MCH-ad6d3405-ec03-721d-b0ca-eeceeebcb8b5
                 */
                merchant_guid: components["parameters"]["merchant_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merchant. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MerchantResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    listMerchantLocations: {
        parameters: {
            query?: {
                /**
                 * @description Results are paginated. Specify current page (1-based). Defaults to 1; a page below 1 is read as 1, a page past the last one is an empty list with that page's pagination. Never an error (docs/pagination.md).
                 * @example 1
                 */
                page?: components["parameters"]["page"];
                /**
                 * @description This specifies the number of records to be returned on each page. Defaults to `25`. The valid range is from `10` to `1000`. If the value exceeds `1000`, the default value of `25` will be used instead (MX's words); a value below `10` is read as `25` as well. Never an error (docs/pagination.md).
                 * @example 25
                 */
                records_per_page?: components["parameters"]["records_per_page"];
            };
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `merchant` (`MCH-...`).
                 * @example MCH-ad6d3405-ec03-721d-b0ca-eeceeebcb8b5
                 */
                merchant_guid: components["parameters"]["merchant_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the merchant's locations. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MerchantLocationsResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
    readMerchantLocation: {
        parameters: {
            query?: never;
            header?: {
                /**
                 * @description The ETag of an earlier answer (`W/"..."`). When it equals the current answer's ETag exactly, a GET is answered `304 Not Modified` without a body (Rack::ConditionalGet: the whole header is compared, so lists of tags and `*` never match).
                 * @example W/"610732839f4d0be084073be7e774b704"
                 */
                "If-None-Match"?: components["parameters"]["If-None-Match"];
            };
            path: {
                /**
                 * @description The unique identifier for a `merchant` (`MCH-...`).
                 * @example MCH-ad6d3405-ec03-721d-b0ca-eeceeebcb8b5
                 */
                merchant_guid: components["parameters"]["merchant_guid"];
                /**
                 * @description The unique identifier for a `merchant_location` (`MCL-...`).
                 * @example MCL-00024e59-18b5-4d79-b879-2a7896726fea
                 */
                merchant_location_guid: components["parameters"]["merchant_location_guid"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merchant location. */
            200: {
                headers: {
                    ETag: components["headers"]["ETag"];
                    "Cache-Control": components["headers"]["Cache-Control"];
                    "X-Frame-Options": components["headers"]["X-Frame-Options"];
                    "X-XSS-Protection": components["headers"]["X-XSS-Protection"];
                    "X-Content-Type-Options": components["headers"]["X-Content-Type-Options"];
                    "X-Runtime": components["headers"]["X-Runtime"];
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.mx.atrium.v1+json": components["schemas"]["MerchantLocationResponseBody"];
                };
            };
            304: components["responses"]["NotModified"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            406: components["responses"]["NotAcceptable"];
            500: components["responses"]["MockError"];
        };
    };
}
