import fs from 'node:fs';
import path from 'node:path';
import { displayPath } from '../content/files';
import { READ_FOLDERS } from '../content/folders';
import { ARCHIVE_SEGMENT, paths } from '../paths';
import type { SiteModel } from '../site-model';
import { absoluteUrl } from '../seo/urls';
import { seasonSlug } from '../skating/seasons';
import { listFiles } from './list-files';

/**
 * Nothing lost: the last word of a build. Every file under the content root is accounted for
 * (a published article, a draft, a scheduled article, an ignored file, a skater, an author, a
 * competition, a World Cup season, or a file outside the content folders such as the editors'
 * guide), every
 * published article has exactly one page whose canonical address is its own, no draft or
 * scheduled article has a page, and no article page exists without content behind it.
 */

export type ExportAccount = {
  published: number;
  drafts: number;
  scheduled: number;
  ignored: number;
  athletes: number;
  authors: number;
  competitions: number;
  /** The World Cup seasons of `content/wereldbeker/`. */
  worldCupSeasons: number;
  /** Files under the content root but outside the folders it reads (the editors' README). */
  other: string[];
  /** What does not add up; empty when the build is whole. */
  differences: string[];
};

/** Every file and page accounted for; `differences` lists what does not add up. */
export function accountForExport(outDir: string, model: SiteModel, contentRoot: string): ExportAccount {
  const differences: string[] = [];
  const other = accountForFiles(model, contentRoot, differences);
  accountForArticlePages(outDir, model, differences);
  accountForProfilePages(outDir, model, differences);
  const { summary } = model;
  return {
    published: model.articles.length,
    drafts: summary.drafts.length,
    scheduled: summary.scheduled.length,
    ignored: summary.ignored.length,
    athletes: model.athletes.length,
    authors: model.authors.length,
    competitions: model.competitions.length,
    worldCupSeasons: model.worldCupSeasons.length,
    other,
    differences,
  };
}

/** Every file on disk is one of the model's, exactly once; returns the files outside the content folders. */
function accountForFiles(model: SiteModel, contentRoot: string, differences: string[]): string[] {
  const { summary } = model;
  const claims = new Map<string, string>();
  const claim = (file: string, as: string) => {
    const earlier = claims.get(file);
    if (earlier) differences.push(`${file}: counted twice, as ${earlier} and as ${as}`);
    claims.set(file, as);
  };
  for (const article of model.articles) claim(article.source.path, 'published article');
  for (const file of summary.drafts) claim(file, 'draft');
  for (const { file } of summary.scheduled) claim(file, 'scheduled article');
  for (const athlete of model.athletes) claim(athlete.source.path, 'skater');
  for (const author of model.authors) claim(author.source.path, 'author');
  for (const competition of model.competitions) claim(competition.source.path, 'competition');
  for (const season of model.worldCupSeasons) claim(season.file, 'World Cup season');
  // An ignored folder (`_oud/`) stands for every file in it.
  const ignoredFolders = summary.ignored.filter((entry) => isFolder(entry));
  for (const entry of summary.ignored) if (!isFolder(entry)) claim(entry, 'ignored');

  const other: string[] = [];
  const root = path.resolve(contentRoot);
  for (const absolute of listFiles(root)) {
    const file = displayPath(absolute);
    if (claims.has(file)) {
      claims.delete(file);
      continue;
    }
    const top = path.relative(root, absolute).split(path.sep)[0] ?? '';
    if (ignoredFolders.some((folder) => file.startsWith(`${folder}/`))) continue;
    if (!READ_FOLDERS.includes(top)) other.push(file);
    else differences.push(`${file}: a content file the build neither shows nor counts as draft, scheduled or ignored`);
  }
  for (const [file, as] of claims) differences.push(`${file}: counted as ${as}, but there is no such file`);
  return other;
}

/** Where a site path's page is in the export. */
function pageOf(outDir: string, sitePath: string): string {
  return path.join(outDir, ...sitePath.split('/').filter(Boolean), 'index.html');
}

/** One page per published article, canonical to itself; none for drafts, scheduled articles or nothing. */
function accountForArticlePages(outDir: string, model: SiteModel, differences: string[]): void {
  for (const article of model.articles) {
    const page = pageOf(outDir, paths.article(article.slug));
    if (!fs.existsSync(page)) {
      differences.push(`${article.source.path}: published, but ${paths.article(article.slug)} was not built`);
      continue;
    }
    const canonical = /<link rel="canonical" href="([^"]*)"/.exec(fs.readFileSync(page, 'utf8'))?.[1];
    if (canonical !== absoluteUrl(paths.article(article.slug))) {
      differences.push(
        `${paths.article(article.slug)}: canonical is ${canonical ?? 'missing'}, expected its own address`,
      );
    }
  }
  const unpublished = [...model.summary.drafts, ...model.summary.scheduled.map(({ file }) => file)];
  for (const file of unpublished) {
    const slug = path.basename(file, '.md');
    if (fs.existsSync(pageOf(outDir, paths.article(slug))) && !model.article(slug)) {
      differences.push(`${file}: not published, yet ${paths.article(slug)} exists`);
    }
  }
  const expectedArticlePages = new Set([
    ...model.articles.map((article) => article.slug),
    ...model.aliases,
    ARCHIVE_SEGMENT,
  ]);
  const newsFolder = path.join(outDir, 'nieuws');
  for (const entry of fs.existsSync(newsFolder) ? fs.readdirSync(newsFolder, { withFileTypes: true }) : []) {
    if (entry.isDirectory() && !expectedArticlePages.has(entry.name)) {
      differences.push(`${paths.article(entry.name)}: a page without an article behind it`);
    }
  }
}

/** Every skater, author, competition and World Cup season has its page. */
function accountForProfilePages(outDir: string, model: SiteModel, differences: string[]): void {
  const profiles = [
    ...model.athletes.map((athlete) => paths.athlete(athlete.slug)),
    ...model.authors.map((author) => paths.author(author.slug)),
    ...model.competitions.map((competition) => paths.competition(competition.slug)),
    ...model.worldCupSeasons.map((season) => paths.worldCupSeason(seasonSlug(season.season))),
  ];
  for (const sitePath of profiles) {
    if (!fs.existsSync(pageOf(outDir, sitePath))) differences.push(`${sitePath}: was not built`);
  }
}

export function describeAccount(account: ExportAccount): string {
  return (
    `${account.published} published, ${account.drafts} drafts, ${account.scheduled} scheduled, ${account.ignored} ignored; ` +
    `${account.athletes} skaters, ${account.authors} authors, ${account.competitions} competitions, ` +
    `${account.worldCupSeasons} World Cup seasons` +
    (account.other.length > 0 ? `; not content: ${account.other.join(', ')}` : '')
  );
}

function isFolder(displayed: string): boolean {
  try {
    return fs.statSync(displayed).isDirectory();
  } catch {
    return false;
  }
}
