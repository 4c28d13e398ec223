/**
 * Path globs for faults and the journal filter: `*` matches within one path segment, `**` any
 * number of segments (none included), a trailing slash is optional. Matched chunk by chunk with
 * indexOf, leftmost first, which is exact for patterns whose only wildcards are stars; no
 * regular expression is built from what a client sent, so no pattern can make matching slow.
 */
export type PathMatcher = (path: string) => boolean;

/** `*`-globs within one segment: the first chunk starts it, the last ends it, the others follow in order. */
function segmentMatches(chunks: readonly string[], text: string): boolean {
  if (chunks.length === 1) return chunks[0] === text;
  const first = chunks[0]!;
  const last = chunks[chunks.length - 1]!;
  if (text.length < first.length + last.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let cursor = first.length;
  const end = text.length - last.length;
  for (let index = 1; index < chunks.length - 1; index += 1) {
    const chunk = chunks[index]!;
    if (chunk === '') continue;
    const found = text.indexOf(chunk, cursor);
    if (found === -1 || found + chunk.length > end) return false;
    cursor = found + chunk.length;
  }
  return true;
}

function blockMatchesAt(block: readonly string[][], segments: readonly string[], at: number): boolean {
  for (let index = 0; index < block.length; index += 1) if (!segmentMatches(block[index]!, segments[at + index]!)) return false;
  return true;
}

const segmentsOf = (path: string): string[] => (path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path).split('/');

export function compileGlob(pattern: string): PathMatcher {
  // blocks of segment patterns between the `**`s
  const blocks: string[][][] = [[]];
  for (const segment of segmentsOf(pattern)) {
    if (segment === '**') blocks.push([]);
    else blocks[blocks.length - 1]!.push(segment.split('*'));
  }
  const [head, ...rest] = blocks;
  if (rest.length === 0) {
    return (path) => {
      const segments = segmentsOf(path);
      return segments.length === head!.length && blockMatchesAt(head!, segments, 0);
    };
  }
  const tail = rest.pop()!;
  return (path) => {
    const segments = segmentsOf(path);
    if (segments.length < head!.length + tail.length || !blockMatchesAt(head!, segments, 0)) return false;
    const tailAt = segments.length - tail.length;
    if (!blockMatchesAt(tail, segments, tailAt)) return false;
    let cursor = head!.length;
    for (const block of rest) {
      let at = cursor;
      while (at + block.length <= tailAt && !blockMatchesAt(block, segments, at)) at += 1;
      if (at + block.length > tailAt) return false;
      cursor = at + block.length;
    }
    return true;
  };
}
