import path from 'node:path';
import { parseInstant, SITE_TIME_ZONE } from './dates';

/** Site-wide settings in one place; values that differ per deployment come from the environment. */
export const siteConfig = {
  name: 'Schaatsnieuws',
  tagline: 'Het laatste nieuws over langebaanschaatsen',
  locale: 'nl-NL',
  language: 'nl',
  timeZone: SITE_TIME_ZONE,
  /** Absolute base for canonical links, feeds and sitemaps. */
  url: (process.env.SITE_URL ?? 'https://schaatsnieuws.example').replace(/\/+$/, ''),
} as const;

// Paths here come from the environment at build time. `turbopackIgnore` tells Next's file
// tracing (which lists what a server deployment must ship) not to take the whole project for
// them: this site deploys no server.

/** The content root: `CONTENT_DIR` (relative to the working folder) or `content/`. */
export function contentRoot(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_DIR || 'content');
}

/**
 * Where the static export is written (`out/`; tests build fixtures elsewhere). Like every path
 * variable here, an empty `EXPORT_DIR` counts as unset: it must not make the project folder
 * the export.
 */
export function exportDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.EXPORT_DIR || 'out');
}

/**
 * The folder served at the site's root, where article images live: `PUBLIC_DIR` (relative to
 * the working folder) or `public/`. Tests point it at fixture images.
 */
export function publicDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.PUBLIC_DIR || 'public');
}

/**
 * Where the build keeps what it can reuse next time: parsed bodies, image variants, social
 * images. Under node_modules/.cache, where build tools keep theirs and no one commits it;
 * `CONTENT_CACHE_DIR` moves it (the benchmark starts each archive with an empty one).
 */
export function buildCacheDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.CONTENT_CACHE_DIR || 'node_modules/.cache/schaatsnieuws');
}

/** A place in the build cache; none with `CONTENT_CACHE=off` (everything parsed and rendered afresh). */
function inBuildCache(name: string): string | undefined {
  return process.env.CONTENT_CACHE === 'off' ? undefined : path.join(/*turbopackIgnore: true*/ buildCacheDir(), name);
}

/** Where parsed Markdown bodies are kept between runs. */
export function bodyCacheFile(): string | undefined {
  return inBuildCache('article-bodies.json');
}

/** Where encoded image variants are kept between builds, by content hash. */
export function imageCacheDir(): string | undefined {
  return inBuildCache('images');
}

/** Where rendered social images are kept between builds, by content hash. */
export function socialImageCacheDir(): string | undefined {
  return inBuildCache('social-images');
}

/**
 * The moment that decides what is scheduled. `BUILD_TIME` (ISO 8601) pins it,
 * so tests and repeatable builds do not depend on the clock.
 * Throws when `BUILD_TIME` is not a readable instant.
 */
export function buildTime(): Date {
  const pinned = process.env.BUILD_TIME;
  if (!pinned) return new Date();
  // Read like a content date: without an offset it is Amsterdam time, and impossible days are refused.
  const time = parseInstant(pinned);
  if (!time) {
    throw new Error(`BUILD_TIME: expected an ISO 8601 instant such as 2025-11-17T12:00:00Z (got "${pinned}")`);
  }
  return time;
}

/** Drafts and scheduled articles are shown only by the development server. */
export function showsUnpublished(): boolean {
  return process.env.NODE_ENV === 'development';
}
