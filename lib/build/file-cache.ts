import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * Expensive build artefacts (encoded images, social images) kept between builds under a
 * name made from everything that decides their bytes, so a rebuild redoes only what changed.
 */

export function contentHash(...parts: (string | Buffer)[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/**
 * The cached bytes for `name`, or `produce()`'s, stored for next time. Without a cache
 * folder it only produces. A cache that cannot be written only costs time.
 */
export async function throughCache(
  cacheDir: string | undefined,
  name: string,
  produce: () => Promise<Buffer>,
): Promise<{ data: Buffer; fromCache: boolean }> {
  const file = cacheDir ? path.join(cacheDir, name) : undefined;
  if (file) {
    try {
      return { data: await fs.promises.readFile(file), fromCache: true };
    } catch {
      // Not cached yet.
    }
  }
  const data = await produce();
  if (file) await writeAtomically(file, data).catch(() => undefined);
  return { data, fromCache: false };
}

/**
 * Puts the cached file `name` at `target` (a new path), or `produce()`'s bytes, stored for next
 * time. A cached file is hard-linked, not copied: a build with thousands of unchanged social
 * images then writes none of their bytes again. Where a link cannot be made (another disk,
 * no cache folder) the bytes are copied.
 */
export async function placeThroughCache(
  cacheDir: string | undefined,
  name: string,
  target: string,
  produce: () => Promise<Buffer>,
): Promise<{ fromCache: boolean }> {
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const file = cacheDir ? path.join(cacheDir, name) : undefined;
  if (file && (await linkOrCopy(file, target))) return { fromCache: true };
  const data = await produce();
  if (file) await writeAtomically(file, data).catch(() => undefined);
  await fs.promises.writeFile(target, data);
  return { fromCache: false };
}

/** False when `source` does not exist (not cached yet). */
async function linkOrCopy(source: string, target: string): Promise<boolean> {
  try {
    await fs.promises.link(source, target);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return false;
    try {
      await fs.promises.copyFile(source, target);
      return true;
    } catch {
      return false;
    }
  }
}

/** Another build may read the cache at the same time: it sees a whole file or none. */
export async function writeAtomically(file: string, data: Uint8Array): Promise<void> {
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  await fs.promises.writeFile(temporary, data);
  await fs.promises.rename(temporary, file);
}
