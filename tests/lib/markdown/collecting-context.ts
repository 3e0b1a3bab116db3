import type { BlockContext } from '@/lib/markdown/context';
import type { AthleteRef } from '@/lib/types';

export type Report = { line: number; field: string; message: string };

/** Made-up skaters the test bodies may name. */
const KNOWN_ATHLETES: AthleteRef[] = [
  { slug: 'sanne-visser', name: 'Sanne Visser' },
  { slug: 'lotte-hoekstra', name: 'Lotte Hoekstra' },
];

/** A block context that knows two skaters and keeps every report, for tests to look at. */
export function collectingContext(lineOffset = 0): { context: BlockContext; reports: Report[] } {
  const reports: Report[] = [];
  const context: BlockContext = {
    file: 'articles/test.md',
    lineOffset,
    findAthlete: (name) => KNOWN_ATHLETES.find((athlete) => athlete.name === name),
    report: (line, field, message) => reports.push({ line, field, message }),
  };
  return { context, reports };
}
