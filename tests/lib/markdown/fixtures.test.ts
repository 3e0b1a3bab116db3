import fs from 'node:fs';
import path from 'node:path';
import { markdownToHtml } from '@/lib/markdown/processor';

// Input/expected pairs: tests/fixtures/markdown/<name>.md renders as <name>.html.
// The expected HTML is written by hand, not captured from the code under test.
const FOLDER = path.join(import.meta.dirname, '../../fixtures/markdown');
const files = fs.readdirSync(FOLDER).sort();
const names = files.filter((file) => file.endsWith('.md')).map((file) => file.slice(0, -'.md'.length));

function read(file: string): string {
  return fs.readFileSync(path.join(FOLDER, file), 'utf8');
}

describe('Markdown fixtures', () => {
  it('come in complete pairs: every .md has its .html and every .html its .md', () => {
    const expected = names.flatMap((name) => [`${name}.html`, `${name}.md`]).sort();

    expect([files, names.length > 0]).toEqual([expected, true]);
  });

  it.each(names)('renders %s.md as %s.html', (name) => {
    const html = markdownToHtml(read(`${name}.md`));

    expect(html).toBe(read(`${name}.html`).trimEnd());
  });
});
