import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The README and docs/ link to each other; a link that points nowhere is a dead end for a newcomer. */
const root = process.cwd();
const pages = ['README.md', 'CHANGELOG.md', 'examples/README.md', 'examples/docker-compose/README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes. */
const anchors = (markdown: string): Set<string> =>
  new Set(
    [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)].map(([, heading]) =>
      heading!
        .toLowerCase()
        .replace(/[^\p{L}\p{N} _-]/gu, '')
        .replace(/ /g, '-'),
    ),
  );

const links = (markdown: string): string[] => [...markdown.replace(/```[\s\S]*?```/g, '').matchAll(/\]\(([^)\s]+)\)/g)].map(([, target]) => target!);

describe('the documentation', () => {
  it.each(pages)('%s links only to files and headings that exist', (page) => {
    const text = readFileSync(join(root, page), 'utf8');
    for (const target of links(text).filter((link) => !/^[a-z]+:/.test(link))) {
      const [path, anchor] = target.split('#');
      const file = path ? resolve(dirname(join(root, page)), path) : join(root, page);
      expect(existsSync(file), `${page} -> ${target}`).toBe(true);
      if (anchor && file.endsWith('.md')) expect(anchors(readFileSync(file, 'utf8')), `${page} -> ${target}`).toContain(anchor);
    }
  });

  it('indexes every page of docs/ in docs/README.md', () => {
    const index = readFileSync(join(root, 'docs/README.md'), 'utf8');
    const listed = new Set(links(index).filter((link) => !link.includes('/')));
    const written = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(written.filter((name) => !listed.has(name)), 'pages missing from docs/README.md').toEqual([]);
  });

  it('keeps the README short: a newcomer reads the contents, then the docs', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8').replace(/<details>[\s\S]*?<\/details>/g, '');
    expect(readme).toMatch(/^- \[Install\]\(#install\)$/m);
    expect(readme.split('\n').length).toBeLessThan(250);
  });
});

/** The rows of the markdown tables in `text` (the header row first), as trimmed cells. */
function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('|---'))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

describe('the bench numbers in the documentation', () => {
  const results = readFileSync(join(root, 'bench/results.md'), 'utf8');
  const measured = new Map(tableRows(results).map((cells) => [`${cells[0]} | ${cells[1]}`, cells.slice(2, 5)]));

  it('docs/performance.md shows the rows of bench/results.md, as the last full run wrote them', () => {
    const page = readFileSync(join(root, 'docs/performance.md'), 'utf8');
    const block = page.slice(page.indexOf('<!-- bench:start -->'), page.indexOf('<!-- bench:end -->'));
    const rows = tableRows(block).slice(1);
    expect(rows.length).toBeGreaterThan(10);
    for (const [target, what, ...shown] of rows) expect(shown, `${target} | ${what}`).toEqual(measured.get(`${target} | ${what}`));
    expect(results).toContain(`the run took ${/\(`npm run bench`, (\d+) s\)/.exec(block)?.[1]} s`);
  });

  it("the README's table takes its numbers from bench/results.md", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## How fast it is'), readme.indexOf('## Where to go next'));
    const cells = [...measured.values()].map(([value]) => value!);
    const rows = tableRows(section).slice(1);
    expect(rows.length).toBeGreaterThan(5);
    for (const [what, value] of rows) expect(cells.some((cell) => cell.startsWith(value!)), `${what}: ${value}`).toBe(true);
  });
});
