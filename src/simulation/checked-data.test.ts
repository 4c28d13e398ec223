import { afterEach, expect, it } from 'vitest';
import { CHECKED_DATA_TABLE, checkedData, type CheckedDataTable } from './checked-data.js';

const install = (table: CheckedDataTable | undefined) => {
  (globalThis as Record<symbol, unknown>)[CHECKED_DATA_TABLE] = table;
};
afterEach(() => install(undefined));

it('checks every time without a table', () => {
  let checks = 0;
  const check = () => ({ n: (checks += 1) });
  checkedData('scenario file', 'name: a', check);
  checkedData('scenario file', 'name: a', check);
  expect(checks).toBe(2);
});

it('recalls a fresh copy of what a recording run checked, for the same kind and the same text only', () => {
  const record = new Map<string, string>();
  install({ recall: null, record });
  checkedData('scenario file', 'name: a', () => ({ name: 'a', steps: [{ at: 1 }] }));
  install({ recall: record, record: null });
  let checks = 0;
  const first = checkedData('scenario file', 'name: a', () => ({ checks: (checks += 1) }));
  const second = checkedData<{ name: string }>('scenario file', 'name: a', () => ({ name: 'checked' }));
  expect(first).toEqual({ name: 'a', steps: [{ at: 1 }] });
  expect(second).not.toBe(first);
  expect(checks).toBe(0);
  expect(checkedData('scenario file', 'name: b', () => 'checked')).toBe('checked');
  expect(checkedData('seed set', 'name: a', () => 'checked')).toBe('checked');
});

it('records only values JSON carries unchanged', () => {
  const record = new Map<string, string>();
  install({ recall: null, record });
  checkedData('a', 'x', () => ({ when: new Date(0) }));
  checkedData('a', 'y', () => ({ missing: undefined }));
  checkedData('a', 'z', () => ({ list: [1, { deep: 'yes' }] }));
  expect(record.size).toBe(1);
});
