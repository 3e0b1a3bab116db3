import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';

/**
 * The Pagefind search index of the export, in its /pagefind/ folder, so that search works on
 * any static host. Only regions marked `data-pagefind-body` (articles, skaters, competitions)
 * are indexed; the pages' lang="nl" gives Dutch stemming.
 *
 * Pagefind runs in a process of its own: it is handed each page as the site writer writes it
 * (`addPage`), so it indexes on the other core, and it writes the index while the build's
 * later steps (feeds, images, the checks, social images) go on; those add no HTML page. The
 * index is written beside the pages under a temporary name and put in place by `finish()`,
 * last, so that /pagefind/ appears whole and only when the build is done.
 */
export type SearchIndex = {
  /** Indexes one page of the export: its path there (`nieuws/x/index.html`) and its HTML. */
  addPage: (exportPath: string, html: string) => void;
  /** Call once every page is added: starts writing the index. */
  pagesAdded: () => void;
  /** Puts the written index in place; returns the number of pages indexed. */
  finish: () => Promise<number>;
};

export async function startSearchIndex(outDir: string): Promise<SearchIndex> {
  const target = path.join(outDir, 'pagefind');
  const partial = `${target}.partial`;
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' });
  if (!index) {
    await pagefind.close();
    throw new Error(`pagefind: ${errors.join('; ')}`);
  }
  const added: Promise<void>[] = [];
  let writing: Promise<number> | undefined;
  const startWriting = (): Promise<number> => {
    if (!writing) {
      writing = write();
      // A failure is reported by finish(); until then it must not count as an unhandled rejection.
      writing.catch(() => undefined);
    }
    return writing;
  };
  const write = async () => {
    try {
      const problems = (await Promise.all(added.map((page) => page.then(() => '', String)))).filter(Boolean);
      if (problems.length > 0) throw new Error(`pagefind: ${problems.join('; ')}`);
      const written = await index.writeFiles({ outputPath: partial });
      if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
      return added.length;
    } finally {
      await pagefind.close();
    }
  };
  return {
    addPage(exportPath, html) {
      added.push(
        index.addHTMLFile({ sourcePath: exportPath, content: html }).then((response) => {
          if (response.errors.length > 0) throw new Error(`${exportPath}: ${response.errors.join('; ')}`);
        }),
      );
    },
    pagesAdded() {
      void startWriting();
    },
    async finish() {
      const pages = await startWriting();
      fs.rmSync(target, { recursive: true, force: true });
      fs.renameSync(partial, target);
      return pages;
    },
  };
}
