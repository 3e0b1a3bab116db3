import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import type { ContentTarget } from '../content/environment';
import type { LoadedContent } from '../content/load';

/**
 * One build reads the content once. `npm run build` sets `CONTENT_SNAPSHOT` to a file of its
 * own; `check`, its first step, loads and validates the content and writes what it loaded
 * there; every later process of that build (each Next worker, twice: pages and route
 * handlers are separate bundles; the after-build step) reads the snapshot instead of the
 * content folder. That is one parse per build instead of five, and every step sees the
 * content as `check` validated it, even if an editor saves a file mid-build.
 *
 * V8's serializer keeps Dates, Maps and shared objects (an article's author is the author).
 */

/** What a snapshot was made for; a reader must expect the same. */
type SnapshotKey = { root: string; now: string; includeUnpublished: boolean };
type Snapshot = SnapshotKey & { content: LoadedContent };

function keyOf(target: ContentTarget): SnapshotKey {
  return { root: target.root, now: target.now.toISOString(), includeUnpublished: target.includeUnpublished };
}

/** The snapshot file of this build, when the build made one (`CONTENT_SNAPSHOT`). */
export function contentSnapshotFile(): string | undefined {
  const file = process.env.CONTENT_SNAPSHOT;
  return file ? path.resolve(file) : undefined;
}

export function writeContentSnapshot(file: string, options: ContentTarget, content: LoadedContent): void {
  const snapshot: Snapshot = { ...keyOf(options), content };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // Write then rename: a reader never sees half a file.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, v8.serialize(snapshot));
  fs.renameSync(temporary, file);
}

/**
 * The content `check` loaded for these options. Throws, naming the difference, when the
 * snapshot is missing or was made for another content folder, build time or preview mode:
 * the build must not quietly show other content than it checked.
 */
export function readContentSnapshot(file: string, options: ContentTarget): LoadedContent {
  let snapshot: Snapshot;
  try {
    snapshot = v8.deserialize(fs.readFileSync(file)) as Snapshot;
  } catch (error) {
    throw new Error(
      `CONTENT_SNAPSHOT ${file}: expected the content snapshot written by \`check\` earlier in this build (${String(error)})`,
    );
  }
  const expected = keyOf(options);
  for (const field of Object.keys(expected) as (keyof SnapshotKey)[]) {
    if (snapshot[field] !== expected[field]) {
      throw new Error(
        `CONTENT_SNAPSHOT ${file}: made for ${field} ${String(snapshot[field])}, this process expects ${String(expected[field])}`,
      );
    }
  }
  return snapshot.content;
}
