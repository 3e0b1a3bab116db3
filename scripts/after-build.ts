/**
 * Everything `npm run build` (scripts/build.mjs) does to the export after `next build`, in one process so that
 * the site model is loaded once (not once per step).
 *
 * 1. the site's files, from what `next build` made (lib/build/next-build-adapter.mjs hands it
 *    over): every page stripped of Next's client runtime (lib/build/write-export.ts);
 * 2. feeds (RSS, Atom, JSON Feed, per category);
 * 3. responsive image variants, cached by content hash;
 * 4. the nginx includes: per-page CSP hashes of inline scripts, 301s for old addresses
 *    (after every step that edits pages; written beside the export, never into it);
 * 5. nothing lost: every content file accounted for, one page per published article, none
 *    for drafts and scheduled ones (lib/build/verify-export.ts); the build fails otherwise;
 * 6. social images, cached by content hash (`npm run build` renders them beside the other
 *    steps, scripts/social-images.ts; they are moved in here, as late as possible);
 * 7. the Pagefind search index (last: `npm start` takes it as the sign of a complete build).
 */
import fs from 'node:fs';
import path from 'node:path';
import { articleBodyHtml } from '../components/article/ArticleBodyHtml';
import { writeSearchIndex } from '../lib/build/search-index';
import { listFiles } from '../lib/build/list-files';
import { clientComponentFiles } from '../lib/build/strip-runtime';
import { readBuildOutputs, writeExport, type ReusedPages } from '../lib/build/write-export';
import { describePlan, writeBuildState } from '../lib/build/build-plan';
import { renderPlan } from '../lib/render-plan';
import { accountForExport, describeAccount } from '../lib/build/verify-export';
import { writeFeeds } from '../lib/build/write-feeds';
import { buildTime, contentRoot, exportDir, imageCacheDir, publicDir } from '../lib/config';
import { describeImagesReport, processImages } from '../lib/build/image-variants';
import { writeBuildSocialImages } from '../lib/build/social-images';
import { writeNginxIncludes } from '../lib/build/nginx-includes';
import { sizedPhotosIn } from '../lib/image-variants';
import { getSiteModel } from '../lib/site-model';

const outDir = exportDir();
// The project's own public/ (what Next served); PUBLIC_DIR may point elsewhere for photos.
const projectPublicDir = path.resolve('public');

/** Moves every file under `from` to the same place under `to` (a rename, or a copy across disks). */
function moveInto(from: string, to: string): void {
  for (const source of listFiles(from)) {
    const target = path.join(to, path.relative(from, source));
    fs.mkdirSync(path.dirname(target), { recursive: true });
    try {
      fs.renameSync(source, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
      fs.copyFileSync(source, target);
    }
  }
}

async function fileWhenWritten(file: string): Promise<string> {
  while (!fs.existsSync(file)) await new Promise((resolve) => setTimeout(resolve, 100));
  return fs.readFileSync(file, 'utf8');
}

async function step(name: string, run: () => string | Promise<string | Timed>): Promise<void> {
  const started = performance.now();
  const result = await run();
  const summary = typeof result === 'string' ? result : result.summary;
  const milliseconds = typeof result === 'string' ? performance.now() - started : result.milliseconds;
  console.log(`${name}: ${summary} (${Math.round(milliseconds)} ms)`);
}

type Timed = { summary: string; milliseconds: number };

/** Starts a step that runs beside the next ones; `step` prints it when awaited, with its own time. */
async function timed(run: () => Promise<string>): Promise<Timed> {
  const started = performance.now();
  const summary = await run();
  return { summary, milliseconds: performance.now() - started };
}

// An incremental build (lib/build/build-plan.ts) takes the pages it did not render from the
// previous export, moved aside until this build is complete.
const plan = renderPlan();
const previousExport = `${path.resolve(outDir)}.previous`;
fs.rmSync(previousExport, { recursive: true, force: true });
let reused: ReusedPages | undefined;
if (plan?.mode === 'incremental') {
  fs.renameSync(outDir, previousExport);
  reused = { from: previousExport, pages: plan.reuse };
}

await step('site written', async () => {
  // A client component would need the runtime this step leaves out: refuse rather than ship a
  // page whose interactive part silently does nothing.
  const clientComponents = clientComponentFiles(['app', 'components']);
  if (clientComponents.length > 0) {
    throw new Error(
      `${clientComponents.join(', ')}: client component ('use client'), but the site ships no client runtime. ` +
        'Do the interaction in a plain script under public/scripts/ (as the search page does), ' +
        'or teach lib/build/write-export.ts which pages keep the runtime.',
    );
  }
  const report = await writeExport(readBuildOutputs(), outDir, projectPublicDir, reused);
  const origin = reused ? `${reused.pages.length} of them reused from the previous build, ` : '';
  return `${report.pages} pages (${origin}${report.scriptsRemoved} runtime scripts left out), ${report.files} other files; ${report.assetsLeftOut} runtime files of Next's left out`;
});

// The pages taken from the previous export are in place. The rest of it (pages rendered again,
// their social images, emptied folders: tens of thousands of entries, seconds of unlinking) is
// deleted beside the steps below; its search index last, as the new one may take parts from it.
const previousDeleted = reused ? deleteAllBut(previousExport, ['pagefind']) : Promise.resolve();
previousDeleted.catch(() => undefined);

// The pages are final now: Pagefind (a process of its own, on both cores) indexes them while
// this one writes feeds, images and includes beside them, none of which touches a page. The
// index is written beside the export and moved in last: /pagefind/ in the export still means
// a complete build (scripts/start.ts).
const searchBundle = `${path.resolve(outDir)}.pagefind`;
fs.rmSync(searchBundle, { recursive: true, force: true });
const searchIndex = timed(async () => {
  const report = await writeSearchIndex(outDir, {
    articles: getSiteModel().articles.map((article) => article.slug),
    bundleDir: searchBundle,
    ...(reused
      ? {
          previous: {
            bundleDir: path.join(previousExport, 'pagefind'),
            changedPages: [...plan!.render, ...plan!.removed],
          },
        }
      : {}),
  });
  const fromPrevious = report.reused > 0 ? `, ${report.reused} taken from the previous build` : '';
  return `${report.pages} pages indexed, ${report.indexes} ${report.indexes === 1 ? 'index' : 'indexes'}${fromPrevious}`;
});
// A failure is reported where it is awaited, at the end, not as an unhandled rejection before.
searchIndex.catch(() => undefined);

const { articles } = getSiteModel();

await step('feeds', () => `${writeFeeds(articles, outDir, articleBodyHtml)} written`);

await step('images', async () => {
  const report = await processImages(
    // Lead photos and the photos in the text (their pages show them as <picture>, components/article/responsive-photos.ts).
    articles.flatMap((article) => [
      ...(article.image ? [article.image] : []),
      ...article.body.flatMap((block) => (block.kind === 'prose' ? sizedPhotosIn(block.html) : [])),
    ]),
    {
      publicDir: publicDir(),
      exportDir: outDir,
      cacheDir: imageCacheDir(),
      // The site writer copies the project's own public/ only; a fixture's public folder is copied here.
      copyOriginals: publicDir() !== projectPublicDir,
    },
  );
  return describeImagesReport(report).replace(/^images: /, '');
});

await step('nginx includes', () => `${path.relative(process.cwd(), writeNginxIncludes(outDir, getSiteModel()))}/`);

await step('nothing lost', () => {
  const account = accountForExport(outDir, getSiteModel(), contentRoot());
  if (account.differences.length > 0) {
    throw new Error(`the export does not match the content:\n  ${account.differences.join('\n  ')}`);
  }
  return `every file accounted for: ${describeAccount(account)}`;
});

await step('social images', async () => {
  // `npm run build` renders them beside `next build` (scripts/social-images.ts): move them in.
  const staged = process.env.SOCIAL_IMAGES_STAGED;
  if (staged) {
    // scripts/build.mjs ends this process if that one fails, so this wait always ends.
    const summary = await fileWhenWritten(`${staged}.done`);
    moveInto(staged, outDir);
    return `${summary}, moved into the export`;
  }
  return writeBuildSocialImages(articles, outDir);
});

await step('search index', async () => {
  const { summary, milliseconds } = await searchIndex;
  const bundle = path.join(outDir, 'pagefind');
  fs.rmSync(bundle, { recursive: true, force: true });
  fs.renameSync(searchBundle, bundle);
  return {
    summary: `${summary} in ${path.relative(process.cwd(), bundle)}, indexed beside the steps above`,
    milliseconds,
  };
});

// The build is complete: the next one may reuse its pages.
if (plan) {
  writeBuildState(outDir, {
    code: plan.code,
    pages: plan.pages,
    site: plan.site,
    buildTime: buildTime().toISOString(),
  });
  console.log(`pages: ${describePlan(plan)}`);
}
// A failed deletion beside the steps is tried once more here, where its error ends the build.
await previousDeleted.catch(() => undefined);
fs.rmSync(previousExport, { recursive: true, force: true });

/** Deletes everything in `folder` but the entries named in `keep`, on libuv's threads. */
async function deleteAllBut(folder: string, keep: string[]): Promise<void> {
  const doomed = fs.readdirSync(folder).filter((name) => !keep.includes(name));
  await Promise.all(doomed.map((name) => fs.promises.rm(path.join(folder, name), { recursive: true, force: true })));
}
