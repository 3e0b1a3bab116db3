import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describeValue } from '../content/problems';
import { fileLine, type BlockContext } from './context';

// A line that starts like a block: `:::name` (spaces allowed after the colons), then the rest.
const OPENING = /^( {0,3})(:{3,})[ \t]*([A-Za-z][\w-]*)(.*)$/;
const CLOSING = /^ {0,3}:{3,}[ \t]*$/;
/** Quote marks that open a value, and what may close it. Word processors turn " into “ ” or „ ”. */
const CLOSERS: Record<string, string> = {
  '"': '"',
  "'": "'",
  '“': '”“"',
  '”': '”"',
  '„': '”“"',
  '‘': "’‘'",
  '’': "’'",
  '‚': "’‘'",
};

/**
 * The body with every block opening that means one thing written the way the directive syntax
 * reads it: `::: quote` and `:::quote {…}` lose the space, curly quotes around a value become
 * straight ones, commas between attributes go. Only lines that are text (not code, not a
 * comment) are touched, and each stays on its line, so every line number holds.
 */
export function fixBlockOpenings(markdown: string, tree: Root): string {
  const lines = markdown.split('\n');
  let changed = false;
  for (const line of textLines(tree, true)) {
    const fixed = rewriteOpening(lines[line - 1] ?? '');
    if (fixed !== undefined) {
      lines[line - 1] = fixed;
      changed = true;
    }
  }
  return changed ? lines.join('\n') : markdown;
}

/**
 * Reports every `:::` line that is shown as text because it opens or closes no block: an
 * opening that cannot be read, or a `:::` with no block to close. The closing line of an
 * unreadable opening is not reported again.
 */
export function reportStrayBlockLines(markdown: string, tree: Root, context: BlockContext): void {
  const lines = markdown.split('\n');
  let openingReported = false;
  for (const line of [...textLines(tree, false)].sort((a, b) => a - b)) {
    const text = lines[line - 1] ?? '';
    const at = fileLine(context, { position: { start: { line } } });
    const opening = OPENING.exec(text);
    if (opening) {
      context.report(
        at,
        `:::${opening[3] ?? ''}`,
        `verwacht een blok dat begint als :::quote{by="…"} of :::results{title="…"}, met de attributen tussen { en }, elk als naam="waarde"; gevonden: ${describeValue(text.trim())}`,
      );
      openingReported = true;
    } else if (CLOSING.test(text) && openingReported) {
      openingReported = false;
    } else if (CLOSING.test(text)) {
      context.report(
        at,
        ':::',
        'verwacht ::: alleen als laatste regel van een :::quote- of :::results-blok; gevonden: een ::: die geen blok afsluit',
      );
    }
  }
}

/**
 * Body lines that hold text a reader would see (in code and comments no `:::` counts), and,
 * with `withOpenings`, the opening lines of blocks that were read (their values may still
 * carry curly quotes).
 */
function textLines(tree: Root, withOpenings: boolean): Set<number> {
  const lines = new Set<number>();
  const openings = new Set<number>();
  visit(tree, (node) => {
    const { start, end } = node.position ?? {};
    if (!start || !end) return;
    if (node.type === 'containerDirective') openings.add(start.line);
    if (node.type === 'text') for (let line = start.line; line <= end.line; line++) lines.add(line);
  });
  for (const line of openings) {
    if (withOpenings) lines.add(line);
    else lines.delete(line);
  }
  return lines;
}

/** An opening line written the way the syntax reads it; undefined when it is so already, or cannot be read. */
function rewriteOpening(line: string): string | undefined {
  const match = OPENING.exec(line.trimEnd());
  if (!match) return undefined;
  const [, indent = '', colons = '', name = '', rest = ''] = match;
  const after = rest.trim();
  if (after !== '' && !(after.startsWith('{') && after.endsWith('}'))) return undefined;
  const attributes = after === '' ? '' : rewriteAttributes(after.slice(1, -1));
  if (attributes === undefined) return undefined;
  const fixed = `${indent}${colons}${name}${attributes}`;
  return fixed === line.trimEnd() ? undefined : fixed;
}

/** `{…}` with every value in straight quotes and spaces between; the attributes as written when nothing needs it. */
function rewriteAttributes(inner: string): string | undefined {
  const attributes: [string, string][] = [];
  let needed = false;
  let rest = inner;
  while ((rest = rest.trimStart()) !== '') {
    if (rest.startsWith(',')) {
      needed = true;
      rest = rest.slice(1);
      continue;
    }
    const name = /^([A-Za-z_][\w.:-]*)\s*(=?)\s*/.exec(rest);
    if (!name?.[1]) return undefined;
    rest = rest.slice(name[0].length);
    const value = name[2] ? readValue(rest) : { value: '', length: 0, curly: false };
    if (!value) return undefined;
    needed ||= value.curly;
    rest = rest.slice(value.length);
    attributes.push([name[1], value.value]);
  }
  if (!needed) return `{${inner}}`;
  if (attributes.some(([, value]) => value.includes('"') && value.includes("'"))) return undefined;
  const written = attributes.map(([name, value]) =>
    value.includes('"') ? `${name}='${value}'` : `${name}="${value}"`,
  );
  return `{${written.join(' ')}}`;
}

/** One attribute value at the start of `text`: quoted (straight or curly) or a single word. */
function readValue(text: string): { value: string; length: number; curly: boolean } | undefined {
  const quote = text[0] ?? '';
  const closers = CLOSERS[quote];
  if (!closers) {
    const word = /^[^\s"'=<>`,]+/.exec(text)?.[0];
    return word ? { value: word, length: word.length, curly: false } : undefined;
  }
  const end = [...text.slice(1)].findIndex((character) => closers.includes(character));
  if (end === -1) return undefined;
  return { value: text.slice(1, end + 1), length: end + 2, curly: quote !== '"' && quote !== "'" };
}
