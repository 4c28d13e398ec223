import { dayOf, dayOfDate } from '../factories/calendar.js';

/**
 * Snapshots (and JSON state files) of version 1 kept every transaction and statement line.
 * Version 2 derives them; a version 1 snapshot becomes a version 2 one whose accounts keep
 * their transactions as imported, so nothing a client saw changes. The read-only test user it
 * carried is now in every tenant by itself, so it is dropped.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function latest(times: unknown[]): number | undefined {
  const parsed = times.map((time) => (typeof time === 'string' ? Date.parse(time) : Number.NaN)).filter((ms) => Number.isFinite(ms));
  // a loop, not Math.max(...parsed): a member may hold more transactions than a call has room for arguments
  return parsed.length > 0 ? parsed.reduce((latestSoFar, ms) => Math.max(latestSoFar, ms)) : undefined;
}

function upgradeMember(member: Json): Json {
  const { transactions, statement_documents: documents, statements, accounts, ...rest } = member;
  const byAccount = new Map<string, Json[]>();
  for (const transaction of Object.values(isObject(transactions) ? transactions : {})) {
    if (!isObject(transaction)) continue;
    const list = byAccount.get(String(transaction.account_guid)) ?? [];
    list.push(transaction);
    byAccount.set(String(transaction.account_guid), list);
  }
  const upgradedAccounts: Json = {};
  for (const [guid, record] of Object.entries(isObject(accounts) ? accounts : {})) {
    if (!isObject(record)) {
      upgradedAccounts[guid] = record;
      continue;
    }
    const { history, ...kept } = record;
    const account = isObject(record.account) ? record.account : {};
    const upgraded: Json = { ...kept, basis_balance: typeof account.balance === 'number' ? account.balance : null, history: null };
    if (isObject(history) && typeof history.from === 'string' && typeof history.to === 'string') {
      const from = dayOfDate(history.from);
      const to = dayOfDate(history.to);
      const own = byAccount.get(guid) ?? [];
      const gathered = latest([...own.map((transaction) => transaction.created_at), ...own.map((transaction) => transaction.updated_at), account.updated_at]) ?? 0;
      if (from !== undefined && to !== undefined) {
        upgraded.history = { segments: [[from, to, gathered]], last_gathered_at: gathered, anchor_day: dayOf(gathered) };
        upgraded.imported = own;
        upgraded.imported_days = [from, to];
      }
    }
    Object.defineProperty(upgradedAccounts, guid, { value: upgraded, enumerable: true, writable: true, configurable: true });
  }
  const upgradedStatements: Json = {};
  for (const [guid, statement] of Object.entries(isObject(statements) ? statements : {})) {
    const document = isObject(documents) && isObject(documents[guid]) ? documents[guid] : {};
    const record = {
      statement,
      period_start: document.period_start,
      period_end: document.period_end,
      opening_balance: document.opening_balance,
      closing_balance: document.closing_balance,
      as_of: isObject(statement) && typeof statement.created_at === 'string' ? Date.parse(statement.created_at) : 0,
    };
    Object.defineProperty(upgradedStatements, guid, { value: record, enumerable: true, writable: true, configurable: true });
  }
  return { ...rest, accounts: upgradedAccounts, statements: upgradedStatements };
}

/** A version 1 snapshot as version 2 (its shape is checked afterwards, like any snapshot's). */
export function upgradeSnapshotV1(snapshot: Json): Json {
  const state = isObject(snapshot.state) ? snapshot.state : {};
  const users: Json = {};
  for (const [guid, user] of Object.entries(isObject(state.users) ? state.users : {})) {
    if (!isObject(user) || user.read_only === true) continue;
    const members: Json = {};
    for (const [memberGuid, member] of Object.entries(isObject(user.members) ? user.members : {})) {
      Object.defineProperty(members, memberGuid, { value: isObject(member) ? upgradeMember(member) : member, enumerable: true, writable: true, configurable: true });
    }
    Object.defineProperty(users, guid, { value: { ...user, members }, enumerable: true, writable: true, configurable: true });
  }
  return { ...snapshot, version: 2, state: { ...state, users } };
}
