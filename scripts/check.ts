/**
 * `npm run check` (and the first step of `npm run build`): validates all content with the
 * loaders the site itself uses and prints every problem at once, grouped per file in the
 * order of the file. Errors exit non-zero; warnings are printed and pass.
 * `--json` prints the same as one JSON object for tools. `--due` only says whether a scheduled
 * article has become due since the last build (lib/build/due.ts), for the scheduled deploy.
 */
import fs from 'node:fs';
import { describeDue, findDueArticles, readLastBuildTime } from '../lib/build/due';
import { formatDateTimeNl } from '../lib/dates';
import { loadOptionsFromEnvironment } from '../lib/content/environment';
import { loadContent, type ContentSummary, type LoadedContent } from '../lib/content/load';
import { contentSnapshotFile, writeContentSnapshot } from '../lib/build/content-snapshot';
import { ContentErrors, formatProblem, sortProblems, type ContentProblem } from '../lib/content/problems';
import { describePlan, forgetBuildState, planBuild, writeBuildState } from '../lib/build/build-plan';
import { siteFingerprint } from '../lib/build/site-fingerprint';
import { buildTime, contentRoot, exportDir, publicDir } from '../lib/config';
import { createSiteModel, type SiteModel } from '../lib/site-model';

/**
 * Writes this build's render plan and forgets the previous build's state until this one
 * finishes; when nothing changed, the previous export is this build's: its state only takes
 * this build's time, and `npm run build` stops here.
 */
function planRendering(file: string, content: LoadedContent, model: SiteModel): void {
  const site = siteFingerprint(content, model, publicDir());
  const plan = planBuild(model, { exportDir: exportDir(), full: process.env.BUILD_FULL === '1', site });
  fs.writeFileSync(file, JSON.stringify(plan));
  if (plan.mode === 'unchanged')
    writeBuildState(exportDir(), { code: plan.code, pages: plan.pages, site, buildTime: buildTime().toISOString() });
  else forgetBuildState(exportDir());
  console.log(`pages: ${describePlan(plan)}`);
}

if (process.argv.includes('--due')) {
  // The scheduled deploy's cheap question, answered before anything else is loaded.
  const result = findDueArticles(contentRoot(), readLastBuildTime(exportDir()), buildTime());
  console.log(describeDue(result));
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `due=${result.due}\n`);
  process.exit(0);
}

/** `1 fout`, `2 fouten`: the editors read these lines in Dutch. */
function count(number: number, one: string, more: string): string {
  return `${number} ${number === 1 ? one : more}`;
}

const asJson = process.argv.includes('--json');
const started = performance.now();

let summary: ContentSummary | undefined;
let problems: ContentProblem[];
let counts = '';
try {
  const options = loadOptionsFromEnvironment();
  const content = loadContent(options);
  // Within `npm run build`: the later steps read this instead of the content folder.
  const snapshot = contentSnapshotFile();
  if (snapshot) writeContentSnapshot(snapshot, options, content);
  // Within `npm run build`: which pages to render, which to take from the previous build.
  const planFile = process.env.RENDER_PLAN;
  if (planFile) planRendering(planFile, content, createSiteModel(content, options.now));
  summary = content.summary;
  problems = content.warnings;
  counts = [
    count(content.athletes.length, 'schaatser', 'schaatsers'),
    count(content.authors.length, 'auteur', 'auteurs'),
    count(content.competitions.length, 'wedstrijd', 'wedstrijden'),
    count(content.worldCupSeasons.length, 'wereldbekerseizoen', 'wereldbekerseizoenen'),
  ].join(', ');
} catch (error) {
  if (!(error instanceof ContentErrors)) throw error;
  problems = sortProblems([...error.problems, ...error.warnings]);
}
const errors = problems.filter((problem) => problem.severity === 'error');
const milliseconds = Math.round(performance.now() - started);

if (asJson) {
  console.log(JSON.stringify({ ok: errors.length === 0, summary: summary ?? null, problems, milliseconds }, null, 2));
} else {
  let previousFile: string | undefined;
  for (const problem of problems) {
    // A blank line between files: one block per file to fix.
    if (previousFile !== undefined && problem.file !== previousFile) console.log('');
    console.log(formatProblem(problem));
    previousFile = problem.file;
  }
  if (summary) {
    if (problems.length > 0) console.log('');
    console.log(
      `inhoud: ${summary.published} gepubliceerd, ${count(summary.drafts.length, 'concept', 'concepten')}, ${summary.scheduled.length} ingepland, ${summary.ignored.length} genegeerd (${counts}; ${milliseconds} ms)`,
    );
    for (const file of summary.drafts) console.log(`  concept, niet gebouwd: ${file}`);
    for (const item of summary.scheduled)
      console.log(`  ingepland voor ${formatDateTimeNl(item.date)}, nog niet gebouwd: ${item.file}`);
    for (const file of summary.ignored) console.log(`  genegeerd: ${file}`);
  }
  const warnings = problems.length - errors.length;
  if (warnings > 0)
    console.log(`${count(warnings, 'waarschuwing', 'waarschuwingen')} (getoond; ze houden niets tegen)`);
  if (errors.length > 0) {
    console.error(`${count(errors.length, 'fout', 'fouten')} in de inhoud: er is niets gebouwd.`);
  }
}
if (errors.length > 0) process.exitCode = 1;
