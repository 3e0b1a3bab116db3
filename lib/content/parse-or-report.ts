import type { ContentFile } from './files';
import type { ProblemList } from './problems';

/**
 * Runs a Markdown parse, turning an exception inside the parser (a shape of input no bound
 * foresaw) into a problem on the file instead of a crash with a stack trace.
 */
export function parseOrReport<T>(file: ContentFile, problems: ProblemList, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    problems.add(
      file.display,
      1,
      'body',
      `verwacht Markdown die de site kan lezen; gevonden: tekst waarop het lezen vastloopt (${reason}); zoek naar een ongewone geplakte tekst`,
    );
    return undefined;
  }
}
