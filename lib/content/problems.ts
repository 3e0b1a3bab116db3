/** One thing wrong in one content file: where, which field or block, and what was expected. */
export type ContentProblem = {
  /** Path as shown to the editor (relative to the working folder where possible). */
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The front-matter field, block or cell at fault. */
  field: string;
  /** What was expected, and what was found, in Dutch: `verwacht ...; gevonden: ...`. */
  message: string;
  /** Errors stop `check` and the build; warnings are printed and pass. */
  severity: 'error' | 'warning';
};

/**
 * Formats one problem as `path:line: field: message` (a warning as `path:line: waarschuwing:
 * field: message`), the form editors and editors' tools read.
 */
export function formatProblem(problem: ContentProblem): string {
  const label = problem.severity === 'warning' ? 'waarschuwing: ' : '';
  return `${problem.file}:${problem.line}: ${label}${problem.field}: ${problem.message}`;
}

/** Thrown when content has errors; carries every error of the run, in file and line order, and the warnings. */
export class ContentErrors extends Error {
  readonly problems: ContentProblem[];
  readonly warnings: ContentProblem[];

  constructor(problems: ContentProblem[], warnings: ContentProblem[] = []) {
    const sorted = sortProblems(problems);
    super(
      `${sorted.length} ${sorted.length === 1 ? 'fout' : 'fouten'} in de inhoud:\n` +
        sorted.map(formatProblem).join('\n'),
    );
    this.name = 'ContentErrors';
    this.problems = sorted;
    this.warnings = sortProblems(warnings);
  }
}

export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}

/** Shows a found value in a message: strings quoted and shortened, other values as YAML would write them. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'niets';
  if (value === null) return 'een lege waarde';
  if (typeof value === 'string') {
    const short = value.length > 60 ? `${value.slice(0, 57)}...` : value;
    return JSON.stringify(short);
  }
  if (Array.isArray(value)) return 'een lijst';
  if (typeof value === 'object') return 'een groep velden';
  return String(value);
}

/** A collector that loaders pass around so that one run reports every problem. */
export class ProblemList {
  readonly items: ContentProblem[] = [];

  add(
    file: string,
    line: number,
    field: string,
    message: string,
    severity: ContentProblem['severity'] = 'error',
  ): void {
    this.items.push({ file, line, field, message, severity });
  }

  warn(file: string, line: number, field: string, message: string): void {
    this.add(file, line, field, message, 'warning');
  }

  /** The number of errors (warnings do not count: they never stop a build). */
  get size(): number {
    return this.errors.length;
  }

  get errors(): ContentProblem[] {
    return this.items.filter((problem) => problem.severity === 'error');
  }

  get warnings(): ContentProblem[] {
    return this.items.filter((problem) => problem.severity === 'warning');
  }
}
