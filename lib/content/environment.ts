import { bodyCacheFile, buildTime, contentRoot, showsUnpublished } from '../config';
import { noBodyCache, openBodyCache } from './body-cache';
import type { LoadOptions } from './load';

/** How this process reads content, from the environment: the one set-up `check` and the site share. */
export function loadOptionsFromEnvironment(): LoadOptions {
  const cacheFile = bodyCacheFile();
  return {
    root: contentRoot(),
    now: buildTime(),
    includeUnpublished: showsUnpublished(),
    bodyCache: cacheFile ? openBodyCache(cacheFile, process.cwd()) : noBodyCache,
  };
}
