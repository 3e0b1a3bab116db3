/**
 * `npm run check` (and the first step of `npm run build`): validates all content with the
 * loaders the site itself uses, prints every problem at once, and exits non-zero on any.
 */
import { formatDateTimeNl } from '../lib/dates';
import { loadOptionsFromEnvironment } from '../lib/content/environment';
import { loadContent } from '../lib/content/load';
import { ContentErrors, formatProblem } from '../lib/content/problems';

const started = performance.now();
try {
  const content = loadContent(loadOptionsFromEnvironment());
  const { summary } = content;
  console.log(
    `content: ${summary.published} published, ${summary.drafts.length} drafts, ${summary.scheduled.length} scheduled, ${summary.ignored.length} ignored` +
      ` (${content.athletes.length} athletes, ${content.authors.length} authors, ${content.competitions.length} events;` +
      ` ${Math.round(performance.now() - started)} ms)`,
  );
  for (const file of summary.drafts) console.log(`  draft, not built: ${file}`);
  for (const item of summary.scheduled)
    console.log(`  scheduled for ${formatDateTimeNl(item.date)}, not built yet: ${item.file}`);
  for (const file of summary.ignored) console.log(`  ignored: ${file}`);
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  for (const problem of error.problems) console.error(formatProblem(problem));
  console.error(
    `\n${error.problems.length} content ${error.problems.length === 1 ? 'problem' : 'problems'}: nothing was built.`,
  );
  process.exitCode = 1;
}
