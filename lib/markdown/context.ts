import type { AthleteRef, Competition } from '../types';

/** What a body parser needs from outside: where it is (for messages) and who the known skaters are. */
export type BlockContext = {
  file: string;
  /** Lines before the body in the file: body line n is file line n + lineOffset. */
  lineOffset: number;
  findAthlete: (name: string) => AthleteRef | undefined;
  /** The country in a known skater's file, if known. */
  countryOf?: (athlete: AthleteRef) => string | undefined;
  /** A known skater whose name is spelt almost like `name` (a likely typo), if any. */
  suggestAthlete?: (name: string) => AthleteRef | undefined;
  /** The days of the article's competition (its `event:`): a results table of a race is on one of them. */
  competition?: Pick<Competition, 'start' | 'end'>;
  report: (line: number, field: string, message: string) => void;
  /** A warning: printed by `check`, never stops a build. */
  warn?: (line: number, field: string, message: string) => void;
};

/** The file line of a node, given its body position. */
export function fileLine(context: BlockContext, node: { position?: { start: { line: number } } }): number {
  return (node.position?.start.line ?? 1) + context.lineOffset;
}
