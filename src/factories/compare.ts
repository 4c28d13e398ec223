/** Plain code-unit order for ISO dates and timestamps and for guids, which sort correctly without a locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

let english: Intl.Collator | undefined;

/**
 * English alphabetical order for names (what `a.localeCompare(b, 'en')` gives), from one collator,
 * made on first use: localeCompare with a locale builds an ICU collator on every call (16 ms to sort
 * the institutions), and the first collator loads ICU's collation data (10 ms a start need not pay).
 */
export function compareNames(a: string, b: string): number {
  return (english ??= new Intl.Collator('en')).compare(a, b);
}
