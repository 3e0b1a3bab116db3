import fs from 'node:fs';
import path from 'node:path';
import { contentHash, placeThroughCache } from './file-cache';
import { publicDir, siteConfig, socialImageCacheDir } from '../config';
import { CATEGORY_LABELS } from '../labels';
import type { Article } from '../types';
import { renderSocialImage, socialBackground, SOCIAL_PNG } from './social-image';
import { feedPaths } from '../seo/urls';

/**
 * The social images of a build: the site's own card and one per shown article. Made after
 * `next build` rather than as Next routes so that each is kept by content hash between
 * builds: a rebuild after one new article renders one image, not a thousand.
 */

export type SocialImageJob = {
  /** Site path of the PNG in the export. */
  path: string;
  title: string;
  kicker: string;
  /** Site path of the article's photo, drawn behind the text. */
  photo?: string;
};

export function socialImageJobs(articles: Article[]): SocialImageJob[] {
  return [
    { path: feedPaths.defaultImage, title: siteConfig.tagline, kicker: siteConfig.name },
    ...articles.map((article) => ({
      path: feedPaths.articleImage(article.slug),
      title: article.title,
      kicker: CATEGORY_LABELS[article.category],
      ...(article.image ? { photo: article.image.src } : {}),
    })),
  ];
}

/**
 * What decides an image's bytes besides its text and photo: the card's code, and the fonts
 * and the renderer (sharp and libvips, by their versions in the lockfile). A change to any of
 * them renders every image again.
 */
const RENDERER_SOURCES = ['lib/build/social-image.ts', 'package-lock.json'];

const CONCURRENT_RENDERS = 4;

export type SocialImagesOptions = { exportDir: string; publicDir: string; cacheDir?: string };

export async function writeSocialImages(
  jobs: readonly SocialImageJob[],
  options: SocialImagesOptions,
): Promise<{ written: number; fromCache: number }> {
  const renderer = contentHash(...RENDERER_SOURCES.map((file) => fs.readFileSync(file)), JSON.stringify(SOCIAL_PNG));
  let fromCache = 0;
  const writeOne = async (job: SocialImageJob) => {
    const photoBytes = job.photo ? await fs.promises.readFile(sitePathIn(options.publicDir, job.photo)) : undefined;
    const key = contentHash(renderer, job.title, job.kicker, photoBytes ?? '');
    const target = sitePathIn(options.exportDir, job.path);
    const image = await placeThroughCache(options.cacheDir, `${key}.png`, target, async () => {
      const background = job.photo ? await socialBackground(job.photo, options.publicDir) : undefined;
      return renderSocialImage({ title: job.title, kicker: job.kicker, background });
    }).catch((error: unknown) => {
      throw new Error(`social image ${job.path} (${job.title}): ${String(error)}`);
    });
    if (image.fromCache) fromCache += 1;
  };
  // A few at a time: Pango sets text and libvips encodes PNGs on sharp's threads while the
  // layers of another card are painted on this one, so both cores work.
  const queue = [...jobs];
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await writeOne(job);
  };
  await Promise.all(Array.from({ length: CONCURRENT_RENDERS }, worker));
  return { written: jobs.length, fromCache };
}

/**
 * The build's social images (the site's card and one per article) into `folder`, from the
 * project's photos, through the project's cache unless `CONTENT_CACHE=off`. Returns the line
 * the build prints.
 */
export async function writeBuildSocialImages(articles: Article[], folder: string): Promise<string> {
  const { written, fromCache } = await writeSocialImages(socialImageJobs(articles), {
    exportDir: folder,
    publicDir: publicDir(),
    cacheDir: socialImageCacheDir(),
  });
  return `${written} (${fromCache} from cache, ${written - fromCache} rendered)`;
}

function sitePathIn(folder: string, sitePath: string): string {
  return path.join(path.resolve(folder), ...sitePath.split('/').filter(Boolean));
}
