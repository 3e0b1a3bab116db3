import path from 'node:path';
import * as pagefind from 'pagefind';

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
    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
