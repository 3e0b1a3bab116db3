import path from 'node:path';
import { exportDir as configuredExportDir } from '../lib/config';
import { checkBudget, formatTable, measurePage } from '../tests/budget/page-weight';
import { BUDGETED_PAGES, FRAMEWORK_FLOOR } from '../tests/budget/site-pages';

// npm run budgets [-- <export folder>]: measures the first view of the budgeted pages of a
// built site (default out/), prints a table, and exits 1 naming every page over its budget.
const exportDir = process.argv[2] ? path.resolve(process.argv[2]) : configuredExportDir();

const measured = BUDGETED_PAGES.map((page) => ({ ...page, weight: measurePage(exportDir, page.path) }));
const floor = { label: FRAMEWORK_FLOOR.label, weight: measurePage(exportDir, FRAMEWORK_FLOOR.path) };

console.log(`First view of ${path.relative(process.cwd(), exportDir) || '.'} (KB = 1,000 bytes; gz = gzip level 6)\n`);
console.log(formatTable([...measured, floor]));
const fonts = measured.every(({ weight }) => weight.systemFontsOnly)
  ? 'Fonts: system font stack only; no font file is loaded.'
  : 'Fonts: web fonts are loaded (see the fonts column).';
console.log(`\n${fonts}`);

const problems = measured.flatMap(({ weight, budget }) => checkBudget(weight, budget));
if (problems.length > 0) {
  console.error(`\nOver budget:\n${problems.map((problem) => `- ${problem}`).join('\n')}`);
  process.exitCode = 1;
} else {
  console.log('\nEvery page is within its budget.');
}
