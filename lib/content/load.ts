import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { publicDir } from '../config';
import { checkMarkdownLimits } from '../markdown/limits';
import { markdownToHtml } from '../markdown/processor';
import type { Article, Athlete, Author, Competition } from '../types';
import {
  ArticleBodyReader,
  AthleteNames,
  buildArticle,
  checkReferencesOfRefused,
  type ArticleContext,
  type ReferredKind,
} from './article';
import { noBodyCache, type BodyCache } from '../build/body-cache';
import { checkSiteReferences } from './editorial-checks';
import { checkMarkers, checkRaces } from './race-checks';
import { listContentFolder, readContentText, type ContentFile, type FolderListing } from './files';
import { CONTENT_FOLDERS, CONTENT_KINDS, type ContentKind } from './folders';
import { parseContentFile, type FrontMatterCache, type ParsedFile } from './front-matter';
import { imageSizeReader } from './inline-images';
import { parseOrReport } from './parse-or-report';
import { reportPlaceholders } from './placeholders';
import { ContentErrors, ProblemList, sortProblems, type ContentProblem } from './problems';
import { articleSchema, athleteSchema, authorSchema, eventSchema } from './schemas';
import type { AthleteFrontMatter, AuthorFrontMatter, EventFrontMatter } from './schemas';
import { validateFrontMatter } from './validate';
import { readWorldCupSeasons, worldCupDataMissing } from './world-cup-seasons';
import type { WorldCupSeason } from '../skating/world-cup-data';
import type { z } from 'zod';

export type LoadOptions = {
  /** Absolute path of the content root. */
  root: string;
  /** The build's moment: articles dated later are scheduled. */
  now: Date;
  /** Keep drafts and scheduled articles (the development server's preview). */
  includeUnpublished: boolean;
  /** Where parsed bodies are kept between runs (see body-cache.ts); none by default. */
  bodyCache?: BodyCache;
  /** The folder served at the site's root, for links to files (default: public/). */
  publicDir?: string;
  /**
   * The development server's preview: when files have errors, return what the other files make,
   * with the errors (`errors`), instead of throwing, so that one bad file does not stop every page.
   */
  keepGoing?: boolean;
};

export type ContentSummary = {
  published: number;
  drafts: string[];
  scheduled: { file: string; date: Date }[];
  ignored: string[];
};

export type LoadedContent = {
  /** What `check` prints but lets pass (likely typos, summaries that repeat the title, ...). */
  warnings: ContentProblem[];
  /** Only with `keepGoing` (the preview): the errors of the files left out or shown incomplete. */
  errors?: ContentProblem[];
  /** The articles this build shows, newest first. */
  articles: Article[];
  athletes: Athlete[];
  authors: Author[];
  competitions: Competition[];
  /** The World Cup seasons of `content/wereldbeker/`, oldest first: points tables and planned races (#20). */
  worldCupSeasons: WorldCupSeason[];
  summary: ContentSummary;
};

type Listings = Record<ContentKind, FolderListing>;
type Profiles = { athletes: Athlete[]; authors: Author[]; competitions: Competition[] };
/** A biography or description as HTML, from a file's Markdown body. */
type ProseReader = (file: ContentFile, parsed: ParsedFile) => string;

/**
 * Reads, parses and validates every file under the content root, once, and links the
 * references between them. Throws ContentErrors listing every problem found in the run.
 */
export function loadContent(options: LoadOptions): LoadedContent {
  const problems = new ProblemList();
  const listings = listFolders(options.root, problems);
  const bodyCache = options.bodyCache ?? noBodyCache;
  const worldCup = readWorldCupSeasons(options.root, problems);
  const profiles = readProfiles(listings, problems, bodyCache.frontMatter, worldCup.seasons);
  const publicFolder = options.publicDir ?? publicDir();
  const context = articleContext(options.root, listings, profiles, {
    problems,
    bodyCache,
    publicFolder,
    now: options.now,
  });
  const allArticles = readAll(
    listings.article.files,
    articleSchema,
    problems,
    (file, data, parsed) => buildArticle(file, data, parsed, context),
    // Front matter refused: the references and the body are still checked, so the editor hears of
    // every problem at once.
    (file, parsed) => {
      checkReferencesOfRefused(file, parsed, context);
      context.bodies.read(file, parsed);
    },
    bodyCache.frontMatter,
  );
  bodyCache.save();
  checkSiteReferences(
    context.bodies.siteReferences,
    allArticles,
    { ...profiles, publicDir: publicFolder, includeUnpublished: options.includeUnpublished },
    problems,
  );
  const articles = allArticles
    .filter((article) => options.includeUnpublished || article.status === 'published')
    .sort(newestFirst);
  const resultsLines = context.bodies.resultsLines;
  const linesOfTable = (file: string, index: number) => resultsLines.get(file)?.[index] ?? 1;
  checkRaces(articles, linesOfTable, problems);
  checkMarkers(articles, linesOfTable, problems);
  if (problems.size > 0 && !options.keepGoing) throw new ContentErrors(problems.errors, problems.warnings);
  return {
    articles,
    athletes: profiles.athletes.sort(byName),
    authors: profiles.authors.sort(byName),
    competitions: profiles.competitions.sort((a, b) =>
      a.start === b.start ? byName(a, b) : a.start < b.start ? -1 : 1,
    ),
    worldCupSeasons: worldCup.seasons,
    summary: summarise(allArticles, listings, worldCup.ignored),
    warnings: sortProblems(problems.warnings),
    ...(problems.errors.length > 0 ? { errors: sortProblems(problems.errors) } : {}),
  };
}

function listFolders(root: string, problems: ProblemList): Listings {
  const listing = (kind: ContentKind) => listContentFolder(path.join(root, CONTENT_FOLDERS[kind]), problems);
  return {
    article: listing('article'),
    athlete: listing('athlete'),
    author: listing('author'),
    event: listing('event'),
  };
}

/** Skaters, authors and competitions: the files articles refer to. */
function readProfiles(
  listings: Listings,
  problems: ProblemList,
  frontMatter: FrontMatterCache,
  worldCupSeasons: readonly WorldCupSeason[],
): Profiles {
  const prose = proseReader(problems);
  return {
    athletes: readAll(
      listings.athlete.files,
      athleteSchema,
      problems,
      (file, data, parsed) => athleteOf(file, data, prose(file, parsed)),
      undefined,
      frontMatter,
    ),
    authors: readAll(
      listings.author.files,
      authorSchema,
      problems,
      (file, data, parsed) => authorOf(file, data, prose(file, parsed)),
      undefined,
      frontMatter,
    ),
    competitions: readAll(
      listings.event.files,
      eventSchema,
      problems,
      (file, data, parsed) => {
        const competition = competitionOf(file, data, parsed, problems, prose);
        const missing = competition && worldCupDataMissing(competition, worldCupSeasons);
        if (missing) problems.warn(file.display, parsed.lineOf(['worldcup']), 'worldcup', missing);
        return competition;
      },
      undefined,
      frontMatter,
    ),
  };
}

/** Prose only, held to the same bounds as an article body. */
function proseReader(problems: ProblemList): ProseReader {
  return (file, parsed) => {
    const beyond = checkMarkdownLimits(parsed.body);
    if (beyond) {
      problems.add(file.display, beyond.line + parsed.bodyLineOffset, beyond.field, beyond.message);
      return '';
    }
    return parseOrReport(file, problems, () => markdownToHtml(parsed.body)) ?? '';
  };
}

function athleteOf(file: ContentFile, data: AthleteFrontMatter, bioHtml: string): Athlete {
  return {
    slug: file.slug,
    name: data.name,
    country: data.country,
    ...(data.born ? { born: data.born } : {}),
    specialties: data.specialties,
    bioHtml,
    source: { path: file.display },
  };
}

function authorOf(file: ContentFile, data: AuthorFrontMatter, bioHtml: string): Author {
  return {
    slug: file.slug,
    name: data.name,
    ...(data.role ? { role: data.role } : {}),
    ...(data.column ? { column: data.column } : {}),
    bioHtml,
    source: { path: file.display },
  };
}

function competitionOf(
  file: ContentFile,
  data: EventFrontMatter,
  parsed: ParsedFile,
  problems: ProblemList,
  prose: ProseReader,
): Competition | undefined {
  if (data.end < data.start) {
    problems.add(
      file.display,
      parsed.lineOf(['end']),
      'end',
      `verwacht een dag op of na start ${data.start}; gevonden: ${data.end}`,
    );
    return undefined;
  }
  return {
    slug: file.slug,
    name: data.name,
    start: data.start,
    end: data.end,
    location: data.location,
    ...(data.venue ? { venue: data.venue } : {}),
    ...(data.country ? { country: data.country } : {}),
    ...(data.worldcup ? { worldCup: { division: data.worldcup } } : {}),
    ...(data.championship ? { championship: data.championship } : {}),
    descriptionHtml: prose(file, parsed),
    source: { path: file.display },
  };
}

/** What every article is checked against: the profiles read, the files that exist, the body reader. */
function articleContext(
  root: string,
  listings: Listings,
  profiles: Profiles,
  build: { problems: ProblemList; bodyCache: BodyCache; publicFolder: string; now: Date },
): ArticleContext {
  const slugsOf = (kind: ContentKind) => new Set(listings[kind].files.map((file) => file.slug));
  const names = new AthleteNames(profiles.athletes);
  return {
    problems: build.problems,
    now: build.now,
    publicDir: build.publicFolder,
    authors: new Map(profiles.authors.map((author) => [author.slug, author])),
    athletes: new Map(profiles.athletes.map((athlete) => [athlete.slug, athlete])),
    competitions: new Map(profiles.competitions.map((competition) => [competition.slug, competition])),
    // A reference to a file that exists but is broken is not reported again: the file's own problem says it.
    existing: { author: slugsOf('author'), athlete: slugsOf('athlete'), event: slugsOf('event') },
    missing: (kind: ReferredKind, slug: string) => {
      const nearest = closestSlug(slug, slugsOf(kind));
      const suggestion = nearest ? `; bedoel je "${nearest}"?` : '';
      return `verwacht de slug van een bestand in ${path.basename(root)}/${CONTENT_FOLDERS[kind]}/; gevonden: "${slug}"${suggestion}`;
    },
    articleSlugs: slugsOf('article'),
    aliasOwners: new Map(),
    bodies: new ArticleBodyReader(build.problems, build.bodyCache, names),
    names,
    sizeOfImage: imageSizeReader(build.publicFolder),
  };
}

function summarise(articles: Article[], listings: Listings, otherIgnored: string[]): ContentSummary {
  const withStatus = (status: Article['status']) => articles.filter((article) => article.status === status);
  return {
    published: withStatus('published').length,
    drafts: withStatus('draft').map((article) => article.source.path),
    scheduled: withStatus('scheduled').map((article) => ({ file: article.source.path, date: article.date })),
    ignored: [...CONTENT_KINDS.flatMap((kind) => listings[kind].ignored), ...otherIgnored],
  };
}

/**
 * Reads, parses and validates each file of one folder; `build` turns valid front matter into
 * a record, `refused` (optional) looks at a file whose front matter was refused.
 */
function readAll<Schema extends z.ZodType, Item>(
  files: ContentFile[],
  schema: Schema,
  problems: ProblemList,
  build: (file: ContentFile, data: z.output<Schema>, parsed: ParsedFile) => Item | undefined,
  refused?: (file: ContentFile, parsed: ParsedFile) => void,
  frontMatter?: FrontMatterCache,
): Item[] {
  const items: Item[] = [];
  for (const file of files) {
    const text = readContentText(file, problems);
    if (text === undefined) continue;
    const parsed = parseContentFile(text, frontMatter);
    for (const error of parsed.yamlErrors) problems.add(file.display, error.line, 'front matter', error.message);
    // A value `npm run new` left to fill in is the field's one problem: the schema would only add a vaguer one.
    const data =
      parsed.yamlErrors.length > 0 || reportPlaceholders(parsed.data, file.display, parsed.lineOf, problems)
        ? undefined
        : validateFrontMatter(schema, parsed.data, file.display, parsed.lineOf, problems);
    if (data === undefined) {
      refused?.(file, parsed);
      continue;
    }
    const item = build(file, data, parsed);
    if (item !== undefined) items.push(item);
  }
  return items;
}

function newestFirst(a: Article, b: Article): number {
  return b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : 1);
}

function byName(a: { name: string; slug: string }, b: { name: string; slug: string }): number {
  return a.name.localeCompare(b.name, 'nl') || (a.slug < b.slug ? -1 : 1);
}

/** The existing slug a misspelt one most likely meant: at most a quarter of its letters off (at least one). */
function closestSlug(slug: string, existing: ReadonlySet<string>): string | undefined {
  let best: { slug: string; edits: number } | undefined;
  for (const candidate of existing) {
    const edits = distance(slug, candidate);
    if (!best || edits < best.edits || (edits === best.edits && candidate < best.slug))
      best = { slug: candidate, edits };
  }
  return best && best.edits <= Math.max(1, Math.floor(slug.length / 4)) ? best.slug : undefined;
}
