const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
const DURATION = /^(\d{1,15}(?:\.\d{1,6})?)\s*(ms|s|m|h|d)$/;

/** Parses "250ms", "2s", "5m", "3h", "1d" into whole milliseconds; undefined when malformed or beyond what a clock can hold. */
export function parseDuration(text: string): number | undefined {
  if (text.length > 32) return undefined;
  const match = DURATION.exec(text.trim());
  if (!match) return undefined;
  const ms = Math.round(Number(match[1]) * UNITS[match[2] as string]!);
  return Number.isSafeInteger(ms) ? ms : undefined;
}
