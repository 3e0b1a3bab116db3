/**
 * After `next build`: takes Next's client runtime out of the export. Every page here is
 * plain HTML and CSS (no client components; the search page starts Pagefind with a plain
 * script of its own), yet Next ships ~138 KB gzip of runtime and an inline RSC payload to
 * every page for client-side navigation. This step removes, from every HTML file, the
 * framework's script elements and script preloads, then deletes the RSC payload files
 * (`index.txt`, `__next.*.txt`) and the runtime chunks no page refers to any more.
 * Trade-off (README, decisions): no client-side navigation or prefetch; every link is a
 * normal page load, which for static HTML of ~10 KB is what Hugo or Astro sites do.
 */
import path from 'node:path';
import { clientComponentFiles, stripExport } from '../lib/build/strip-runtime';
import { exportDir } from '../lib/config';

// A client component would need the runtime this step removes: refuse rather than ship a
// page whose interactive part silently does nothing.
const clientComponents = clientComponentFiles(['app', 'components']);
if (clientComponents.length > 0) {
  console.error(
    `strip-runtime: ${clientComponents.join(', ')} ${clientComponents.length === 1 ? 'is a client component' : 'are client components'} ('use client'), ` +
      'but the site ships no client runtime. Do the interaction in a plain script under public/scripts/ ' +
      '(as the search page does), or teach this step which pages keep the runtime.',
  );
  process.exit(1);
}

const outDir = exportDir();
const started = performance.now();
const report = stripExport(outDir);
console.log(
  `runtime stripped: ${report.pages} pages, ${report.scriptsRemoved} script elements removed, ` +
    `${report.filesDeleted} files deleted (${(report.bytesDeleted / 1024 / 1024).toFixed(1)} MB) ` +
    `from ${path.relative(process.cwd(), outDir) || '.'} in ${Math.round(performance.now() - started)} ms`,
);
