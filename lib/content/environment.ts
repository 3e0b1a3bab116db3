import { bodyCacheFile, buildTime, contentRoot, showsUnpublished } from '../config';
import { noBodyCache, openBodyCache } from '../build/body-cache';
import type { LoadOptions } from './load';

/** What this process shows: which content folder, at which moment, with or without unpublished articles. */
export type ContentTarget = Pick<LoadOptions, 'root' | 'now' | 'includeUnpublished'>;

export function contentTargetFromEnvironment(): ContentTarget {
  return { root: contentRoot(), now: buildTime(), includeUnpublished: showsUnpublished() };
}

/** How this process reads content, from the environment: the one set-up `check` and the site share. */
export function loadOptionsFromEnvironment(): LoadOptions {
  const cacheFile = bodyCacheFile();
  return {
    ...contentTargetFromEnvironment(),
    bodyCache: cacheFile ? openBodyCache(cacheFile, process.cwd()) : noBodyCache,
  };
}
