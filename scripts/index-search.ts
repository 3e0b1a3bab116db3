/**
 * After `next build`: writes the Pagefind search index of the export into its /pagefind/
 * folder, so that search works on any static host. Only regions marked
 * `data-pagefind-body` (articles, skaters, competitions) are indexed; the pages' lang="nl"
 * gives Dutch stemming.
 */
import path from 'node:path';
import { exportDir } from '../lib/config';
import * as pagefind from 'pagefind';

const outDir = exportDir();

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: outDir });
if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(`search index: ${added.page_count} pages in ${path.relative(process.cwd(), written.outputPath)}`);
await pagefind.close();
