import path from 'node:path';
import * as pagefind from 'pagefind';
import { paths } from '../paths';

/**
 * The pages with a region for the index (articles, skaters, competitions; components mark it
 * `data-pagefind-body`), as a glob under the export: Pagefind then leaves the thousands of list
 * pages unread instead of parsing each to find nothing to index.
 */
const INDEXED_PAGES = `{${[paths.article('*'), paths.athlete('*'), paths.competition('*')]
  .map((page) => `${page.slice(1)}index.html`)
  .join(',')}}`;

/**
 * Writes the Pagefind search index of the export into its /pagefind/ folder, so that search
 * works on any static host. Only regions marked `data-pagefind-body` (articles, skaters,
 * competitions) are indexed; the pages' lang="nl" gives Dutch stemming. Returns the number
 * of pages indexed.
 */
export async function writeSearchIndex(outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  try {
    if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: outDir, glob: INDEXED_PAGES });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
