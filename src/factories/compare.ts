/** Plain code-unit order for ISO dates and timestamps and for guids, which sort correctly without a locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
