/**
 * Everything `npm run build` does to the export after `next build`, in one process so that
 * the site model is loaded once (not once per step). Run with __NEXT_TRAILING_SLASH=true so
 * that next/link keeps the site's trailing slashes outside Next (the feeds render article
 * bodies with the page's own components).
 *
 * 1. strip Next's client runtime from every page (lib/build/strip-runtime.ts);
 * 2. feeds (RSS, Atom, JSON Feed, per category);
 * 3. responsive image variants, cached by content hash;
 * 4. social images, cached by content hash;
 * 5. the nginx includes: per-page CSP hashes of inline scripts, 301s for old addresses
 *    (after every step that edits pages; written beside the export, never into it);
 * 6. the Pagefind search index (last: `npm start` takes it as the sign of a complete build).
 */
import path from 'node:path';
import { articleBodyHtml } from '../components/article/ArticleBodyHtml';
import { writeSearchIndex } from '../lib/build/search-index';
import { clientComponentFiles, stripExport } from '../lib/build/strip-runtime';
import { writeFeeds } from '../lib/build/write-feeds';
import { exportDir, imageCacheDir, publicDir, socialImageCacheDir } from '../lib/config';
import { describeImagesReport, processImages } from '../lib/images/process';
import { socialImageJobs, writeSocialImages } from '../lib/seo/social-images';
import { writeNginxIncludes } from '../lib/server/nginx-includes';
import { getSiteModel } from '../lib/site-model';

const outDir = exportDir();
const caching = process.env.CONTENT_CACHE !== 'off';

async function step(name: string, run: () => string | Promise<string>): Promise<void> {
  const started = performance.now();
  const summary = await run();
  console.log(`${name}: ${summary} (${Math.round(performance.now() - started)} ms)`);
}

await step('runtime stripped', () => {
  // A client component would need the runtime this step removes: refuse rather than ship a
  // page whose interactive part silently does nothing.
  const clientComponents = clientComponentFiles(['app', 'components']);
  if (clientComponents.length > 0) {
    throw new Error(
      `${clientComponents.join(', ')}: client component ('use client'), but the site ships no client runtime. ` +
        'Do the interaction in a plain script under public/scripts/ (as the search page does), ' +
        'or teach lib/build/strip-runtime.ts which pages keep the runtime.',
    );
  }
  const report = stripExport(outDir);
  return `${report.pages} pages, ${report.scriptsRemoved} script elements removed, ${report.filesDeleted} files deleted (${(report.bytesDeleted / 1024 / 1024).toFixed(1)} MB)`;
});

const { articles } = getSiteModel();

await step('feeds', () => `${writeFeeds(articles, outDir, articleBodyHtml)} written`);

await step('images', async () => {
  const report = await processImages(
    articles.flatMap((article) => (article.image ? [article.image] : [])),
    {
      publicDir: publicDir(),
      exportDir: outDir,
      cacheDir: caching ? imageCacheDir() : undefined,
      // Next copies the project's own public/ only; a fixture's public folder is copied here.
      copyOriginals: publicDir() !== path.resolve('public'),
    },
  );
  return describeImagesReport(report).replace(/^images: /, '');
});

await step('social images', async () => {
  const { written, fromCache } = await writeSocialImages(socialImageJobs(articles), {
    exportDir: outDir,
    publicDir: publicDir(),
    cacheDir: caching ? socialImageCacheDir() : undefined,
  });
  return `${written} (${fromCache} from cache, ${written - fromCache} rendered)`;
});

await step('nginx includes', () => `${path.relative(process.cwd(), writeNginxIncludes(outDir, getSiteModel()))}/`);

await step(
  'search index',
  async () =>
    `${await writeSearchIndex(outDir)} pages in ${path.relative(process.cwd(), path.join(outDir, 'pagefind'))}`,
);
