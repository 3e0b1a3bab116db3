/**
 * After `next build`: writes the responsive variants (AVIF and WebP at several widths, and a
 * JPEG or PNG fallback) of every shown article's image into the export's /_images/ folder,
 * where ArticleImage's <picture> asks for them. Encoded variants are kept by content hash in
 * node_modules/.cache, so a rebuild encodes only new or changed images. With PUBLIC_DIR (a
 * fixture's public folder) the originals are copied into the export too: Next copies only
 * the project's own public/.
 */
import path from 'node:path';
import { exportDir, imageCacheDir, publicDir } from '../lib/config';
import { describeImagesReport, processImages } from '../lib/images/process';
import { getSiteModel } from '../lib/site-model';

const outDir = exportDir();
const sourceDir = publicDir();
const images = getSiteModel().articles.flatMap((article) => (article.image ? [article.image] : []));

const report = await processImages(images, {
  publicDir: sourceDir,
  exportDir: outDir,
  cacheDir: imageCacheDir(),
  copyOriginals: sourceDir !== path.resolve('public'),
});
console.log(describeImagesReport(report));
