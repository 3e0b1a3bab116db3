/**
 * Bounds on a Markdown body, checked before it is parsed. The Markdown parser (micromark)
 * takes time that grows with the square of some shapes of input, and its syntax tree is
 * walked recursively: 3,000 nested `>` take seconds and then overflow the stack; 10,000
 * nested list markers or a run of 10,000 `*` around a word run for minutes. No article
 * needs more than a handful of levels, so a body beyond these bounds is an editor's
 * problem (a pasted blob or a broken paste), reported on its line, and is not parsed.
 */

/** Quotes and lists nested deeper than this are refused. */
export const MAX_NESTING = 16;
/** Leading spaces (tabs count as 4) beyond this are refused: each two spaces can open a list level. */
export const MAX_INDENT = 64;
/** A run of one emphasis or bracket character longer than this is refused (except a line of only that character). */
export const MAX_DELIMITER_RUN = 64;

export type LimitProblem = { line: number; field: string; message: string };

// Sticky: matched again and again from where the previous marker ended.
const CONTAINER_MARKER = /[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/y;
const DELIMITER_RUN = new RegExp(`([*_~[\\]])\\1{${MAX_DELIMITER_RUN},}`);
// A line of one character and spaces only (`*****`, `- - -`) is a rule, which parses quickly.
const ONE_CHARACTER_LINE = /^\s*(\S)(?:\s*\1)*\s*$/;

/**
 * The first line of a body beyond the bounds (body-relative), or undefined. One is enough:
 * such a line is nearly always one pasted blob, and the rest of it would repeat the message.
 */
export function checkMarkdownLimits(markdown: string): LimitProblem | undefined {
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const problem = lineProblem(lines[index] ?? '');
    if (problem) return { line: index + 1, ...problem };
  }
  return undefined;
}

function lineProblem(line: string): Omit<LimitProblem, 'line'> | undefined {
  const indent = leadingColumns(line);
  if (indent > MAX_INDENT) {
    return {
      field: 'body',
      message: `verwacht opsommingen die hoogstens ${MAX_INDENT} spaties inspringen; gevonden: ${indent} (geplakte tekst?)`,
    };
  }
  let depth = 0;
  CONTAINER_MARKER.lastIndex = 0;
  while (CONTAINER_MARKER.lastIndex < line.length && CONTAINER_MARKER.test(line)) depth += 1;
  if (depth > MAX_NESTING) {
    return {
      field: 'body',
      message: `verwacht citaten (>) en opsommingen hoogstens ${MAX_NESTING} lagen diep; gevonden: ${depth} lagen aan het begin van de regel`,
    };
  }
  const run = DELIMITER_RUN.exec(line);
  if (run && !ONE_CHARACTER_LINE.test(line)) {
    return {
      field: 'body',
      message: `verwacht hoogstens ${MAX_DELIMITER_RUN} keer ${run[1]} achter elkaar; gevonden: ${run[0].length} (een regel met alleen ${run[1]} mag wel)`,
    };
  }
  return undefined;
}

function leadingColumns(line: string): number {
  let columns = 0;
  for (const character of line) {
    if (character === ' ') columns += 1;
    else if (character === '\t') columns += 4;
    else break;
  }
  return columns;
}
