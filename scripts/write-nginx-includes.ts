/**
 * The last build step: writes the nginx includes of the export (per-page CSP hashes of inline
 * scripts, 301s for old addresses) into <export>-nginx/, beside out/ and never inside it.
 * Last, because it hashes the pages as they will be served, after every step that edits them.
 */
import path from 'node:path';
import { writeNginxIncludes } from '../lib/server/nginx-includes';
import { getSiteModel } from '../lib/site-model';

const exportDir = path.resolve(process.env.EXPORT_DIR ?? 'out');
const folder = writeNginxIncludes(exportDir, getSiteModel());
console.log(`nginx includes: ${path.relative(process.cwd(), folder)}/`);
