import type { BlockContext } from '@/lib/markdown/context';
import type { AthleteRef } from '@/lib/types';

export type Report = { line: number; field: string; message: string };

/** Made-up skaters the test bodies may name, both Dutch in their files. */
const KNOWN_ATHLETES: AthleteRef[] = [
  { slug: 'sanne-visser', name: 'Sanne Visser' },
  { slug: 'lotte-hoekstra', name: 'Lotte Hoekstra' },
];

/** A block context that knows two skaters and keeps every report and warning, for tests to look at. */
export function collectingContext(lineOffset = 0): { context: BlockContext; reports: Report[]; warnings: Report[] } {
  const reports: Report[] = [];
  const warnings: Report[] = [];
  const context: BlockContext = {
    file: 'articles/test.md',
    lineOffset,
    findAthlete: (name) => KNOWN_ATHLETES.find((athlete) => athlete.name === name),
    countryOf: (athlete) => (KNOWN_ATHLETES.some((known) => known.slug === athlete.slug) ? 'NED' : undefined),
    report: (line, field, message) => reports.push({ line, field, message }),
    warn: (line, field, message) => warnings.push({ line, field, message }),
  };
  return { context, reports, warnings };
}
