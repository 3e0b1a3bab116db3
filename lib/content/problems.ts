/** One thing wrong in one content file: where, which field or block, and what was expected. */
export type ContentProblem = {
  /** Path as shown to the editor (relative to the working folder where possible). */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The front-matter field, block or cell at fault. */
  field: string;
  /** What was expected, and what was found: `expected ... (got ...)`. */
  message: string;
};

/** Formats one problem as `path:line: field: message`, the form editors and editors' tools read. */
export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`;
}

/** Thrown when content has problems; carries every problem of the run, in file and line order. */
export class ContentErrors extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    const sorted = sortProblems(problems);
    super(
      `${sorted.length} content ${sorted.length === 1 ? 'problem' : 'problems'}:\n` +
        sorted.map(formatProblem).join('\n'),
    );
    this.name = 'ContentErrors';
    this.problems = sorted;
  }
}

export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) =>
    a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1,
  );
}

/** Shows a found value in a message: strings quoted and shortened, other values as YAML would write them. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (typeof value === 'string') {
    const short = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(short);
  }
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}

/** A collector that loaders pass around so that one run reports every problem. */
export class ProblemList {
  readonly items: ContentProblem[] = [];

  add(file: string, line: number, field: string, message: string): void {
    this.items.push({ file, line, field, message });
  }

  get size(): number {
    return this.items.length;
  }
}
