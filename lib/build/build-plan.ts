import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { allArticleLists, listPage, listPageNumbers, type ArticleList } from '../article-lists';
import { siteConfig } from '../config';
import { articlePageData, athletePageData, authorPageData, competitionPageData, teaserOf } from '../page-data';
import { worldCupPageParams, worldCupSeasonPageData, worldCupStandingPageData } from '../page-data';
import { paths } from '../paths';
import type { RenderPlan } from '../render-plan';
import type { SiteModel } from '../site-model';
import { listFiles } from './list-files';
import { seasonPageData } from '../page-data';
import { seasonsWithRaces } from '../skating/records';
import { seasonSlug } from '../skating/seasons';

/**
 * Incremental builds (docs/decisions/0023-incremental-builds.md): a page with parameters is a
 * pure function of the code and its page data, so a page whose data and code did not change
 * is taken from the previous build as it is. This works out which pages to render.
 */

/** Bumped when the state's shape or the meaning of a fingerprint changes: an older state means a full build. */
const STATE_VERSION = 2;

/** What a finished build leaves for the next one, beside its export. */
export type BuildState = {
  version: number;
  code: string;
  pages: Record<string, string>;
  /** The fingerprint of the content and of what "now" decides (lib/build/site-fingerprint.ts). */
  site?: string;
  /** The build's pinned "now", for `npm run check -- --due`. */
  buildTime: string;
};

/** What a page's output depends on besides its data: every file of the code and its settings. */
const CODE_INPUTS = [
  'app',
  'components',
  'lib',
  'public',
  'scripts',
  'next.config.ts',
  'package-lock.json',
  'tsconfig.json',
];

/** The file a finished build writes its state to, beside the export (as its nginx includes are). */
export function buildStateFile(exportDir: string): string {
  return `${path.resolve(exportDir)}-state.json`;
}

/** A fingerprint of the code and the settings that reach every page. */
export function codeFingerprint(root: string = process.cwd()): string {
  const hash = createHash('sha256').update(`site ${siteConfig.url}\n`);
  for (const input of CODE_INPUTS) {
    const absolute = path.join(root, input);
    if (!fs.existsSync(absolute)) continue;
    const files = fs.statSync(absolute).isDirectory() ? listFiles(absolute) : [absolute];
    for (const file of files) {
      hash.update(`${path.relative(root, file)}\n`).update(fs.readFileSync(file));
    }
  }
  return hash.digest('hex');
}

function fingerprint(data: unknown): string {
  return createHash('sha256').update(JSON.stringify(data)).digest('hex');
}

/** What a list page shows (numbered page `number`, or the list's own address): its words, its links to other pages and its articles. */
function listPageData(list: ArticleList, number?: number): unknown {
  const page = listPage(list, number);
  return {
    name: list.name,
    heading: list.heading,
    description: list.description,
    intro: number === undefined ? list.intro : undefined,
    address: list.path(),
    ...page,
    items: page?.items.map(teaserOf),
  };
}

/** Every page with parameters, by path, with the fingerprint of the data it renders. */
export function pageFingerprints(model: SiteModel): Record<string, string> {
  const pages: Record<string, string> = {};
  const add = (pagePath: string, data: unknown) => {
    pages[pagePath] = fingerprint(data);
  };
  for (const slug of [...model.articles.map((article) => article.slug), ...model.aliases])
    add(paths.article(slug), articlePageData(model, slug));
  for (const list of allArticleLists(model)) {
    for (const number of listPageNumbers(list)) add(list.path(number), listPageData(list, number));
    if (!list.ownAddressElsewhere) add(list.path(), listPageData(list));
  }
  for (const athlete of model.athletes) add(paths.athlete(athlete.slug), athletePageData(model, athlete.slug));
  for (const author of model.authors) add(paths.author(author.slug), authorPageData(model, author.slug));
  for (const competition of model.competitions)
    add(paths.competition(competition.slug), competitionPageData(model, competition.slug));
  addWorldCupPages(model, add);
  // A season's best times (#20): one page per season with races.
  for (const season of seasonsWithRaces(model.races))
    add(paths.season(seasonSlug(season)), seasonPageData(model, seasonSlug(season)));
  return pages;
}

/** The World Cup's pages with parameters (#20): each season, and each distance and category of it. */
function addWorldCupPages(model: SiteModel, add: (pagePath: string, data: unknown) => void): void {
  for (const { season, standing } of worldCupPageParams(model)) {
    if (standing === undefined) add(paths.worldCupSeason(season), worldCupSeasonPageData(model, season));
    else add(paths.worldCupStanding(season, standing), worldCupStandingPageData(model, season, standing));
  }
}

/** The previous build's state, or why there is none to use. */
export function readBuildState(exportDir: string, code: string): BuildState | string {
  const file = buildStateFile(exportDir);
  if (!fs.existsSync(file)) return 'no previous build';
  if (!fs.existsSync(path.join(exportDir, 'index.html'))) return `the previous export ${exportDir} is missing`;
  let state: Partial<BuildState>;
  try {
    state = JSON.parse(fs.readFileSync(file, 'utf8')) as Partial<BuildState>;
  } catch {
    return `the build state ${path.basename(file)} is damaged`;
  }
  if (state.version !== STATE_VERSION || typeof state.pages !== 'object' || state.pages === null)
    return `the build state ${path.basename(file)} is of another version or damaged`;
  if (state.code !== code) return 'the code changed';
  return {
    version: STATE_VERSION,
    code,
    pages: state.pages,
    site: typeof state.site === 'string' ? state.site : undefined,
    buildTime: String(state.buildTime),
  };
}

export function writeBuildState(exportDir: string, state: Omit<BuildState, 'version'>): void {
  fs.writeFileSync(buildStateFile(exportDir), JSON.stringify({ version: STATE_VERSION, ...state }));
}

/** Forgets the previous build: a build that stops half way leaves no state, so the next one is full. */
export function forgetBuildState(exportDir: string): void {
  fs.rmSync(buildStateFile(exportDir), { force: true });
}

/**
 * Which pages to render and which to reuse. A full build when asked (`--full`), when there is
 * no usable state, or when a page to reuse is missing from the previous export. Nothing to do
 * (`unchanged`) when the code and the site's fingerprint (`site`) are the previous build's.
 */
export function planBuild(
  model: SiteModel,
  options: { exportDir: string; full: boolean; code?: string; site?: string },
): RenderPlan {
  const code = options.code ?? codeFingerprint();
  const pages = pageFingerprints(model);
  const all = Object.keys(pages);
  const full = (reason: string) => ({
    code,
    site: options.site,
    mode: 'full' as const,
    reason,
    pages,
    render: all,
    reuse: [],
    removed: [],
  });
  if (options.full) return full('asked for (--full)');
  const previous = readBuildState(options.exportDir, code);
  if (typeof previous === 'string') return full(previous);
  const reuse = all.filter((pagePath) => previous.pages[pagePath] === pages[pagePath]);
  const missing = reuse.find((pagePath) => !fs.existsSync(exportPathOfPage(options.exportDir, pagePath)));
  if (missing) return full(`${missing} is missing from the previous export`);
  const reused = new Set(reuse);
  const render = all.filter((pagePath) => !reused.has(pagePath));
  const removed = Object.keys(previous.pages).filter((pagePath) => !(pagePath in pages));
  const unchanged =
    options.site !== undefined && previous.site === options.site && render.length === 0 && removed.length === 0;
  return { code, site: options.site, mode: unchanged ? 'unchanged' : 'incremental', pages, render, reuse, removed };
}

/** Where a page's HTML is in an export. */
export function exportPathOfPage(exportDir: string, pagePath: string): string {
  return path.join(exportDir, ...pagePath.split('/').filter(Boolean), 'index.html');
}

/** One line for the build's log. */
export function describePlan(plan: RenderPlan): string {
  if (plan.mode === 'full')
    return `full build (${plan.reason ?? 'asked for'}): ${plan.render.length} pages with parameters to render`;
  if (plan.mode === 'unchanged')
    return `nothing changed since the previous build (content, code, day and news window): its export is this build's, ${plan.reuse.length} pages reused`;
  return `incremental build: ${plan.render.length} pages to render, ${plan.reuse.length} reused, ${plan.removed.length} removed`;
}
