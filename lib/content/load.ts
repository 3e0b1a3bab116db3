import path from 'node:path';
import { publicDir } from '../config';
import { parseInstant } from '../dates';
import { ARCHIVE_SEGMENT } from '../labels';
import { checkMarkdownLimits } from '../markdown/limits';
import { markdownToHtml } from '../markdown/processor';
import { parseBody, type ParsedBody, type SiteReference } from '../markdown/blocks';
import { imageSizeReader, sizeImagesInBlocks } from './inline-images';
import { noBodyCache, type BodyCache, type CachedBody } from './body-cache';
import { slugify } from '../slug';
import type { Article, Athlete, AthleteRef, Author, Competition, Correction, PublicationStatus, Tag } from '../types';
import { listContentFolder, readContentText, type ContentFile } from './files';
import { parseContentFile, type ParsedFile } from './front-matter';
import { withImageSize } from './images';
import { ContentErrors, ProblemList, sortProblems, type ContentProblem } from './problems';
import { checkSiteReferences, nearMissFinder, repeats } from './editorial-checks';
import { articleSchema, athleteSchema, authorSchema, eventSchema } from './schemas';
import { fieldName, validateFrontMatter } from './validate';
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
  /** The articles this build shows, newest first. */
  articles: Article[];
  athletes: Athlete[];
  authors: Author[];
  competitions: Competition[];
  summary: ContentSummary;
};

const WORDS_PER_MINUTE = 200;

/**
 * Reads, parses and validates every file under the content root, once, and links the
 * references between them. Throws ContentErrors listing every problem found in the run.
 */
export function loadContent(options: LoadOptions): LoadedContent {
  const problems = new ProblemList();
  const folder = (name: string) => listContentFolder(path.join(options.root, name), problems);
  // A biography or description: prose only, held to the same bounds as an article body.
  const proseOf = (file: ContentFile, parsed: ParsedFile): string => {
    const beyond = checkMarkdownLimits(parsed.body);
    if (beyond) {
      problems.add(file.display, beyond.line + parsed.bodyLineOffset, beyond.field, beyond.message);
      return '';
    }
    return parseOrReport(file, problems, () => markdownToHtml(parsed.body)) ?? '';
  };
  const listings = {
    articles: folder('articles'),
    athletes: folder('athletes'),
    authors: folder('authors'),
    events: folder('events'),
  };

  const athletes = readAll(listings.athletes.files, athleteSchema, problems, (file, data, parsed): Athlete => ({
    slug: file.slug,
    name: data.name,
    country: data.country,
    ...(data.born ? { born: data.born } : {}),
    specialties: data.specialties,
    bioHtml: proseOf(file, parsed),
    source: { path: file.display },
  }));
  const authors = readAll(listings.authors.files, authorSchema, problems, (file, data, parsed): Author => ({
    slug: file.slug,
    name: data.name,
    ...(data.role ? { role: data.role } : {}),
    ...(data.column ? { column: data.column } : {}),
    bioHtml: proseOf(file, parsed),
    source: { path: file.display },
  }));
  const competitions = readAll(
    listings.events.files,
    eventSchema,
    problems,
    (file, data, parsed): Competition | undefined => {
      if (data.end < data.start) {
        problems.add(
          file.display,
          parsed.lineOf(['end']),
          'end',
          `expected a day on or after start ${data.start} (got ${data.end})`,
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
        descriptionHtml: proseOf(file, parsed),
        source: { path: file.display },
      };
    },
  );

  const athleteBySlug = new Map(athletes.map((athlete) => [athlete.slug, athlete]));
  const authorBySlug = new Map(authors.map((author) => [author.slug, author]));
  const competitionBySlug = new Map(competitions.map((competition) => [competition.slug, competition]));
  const athleteByName = new Map<string, AthleteRef>();
  for (const athlete of athletes) {
    const key = nameKey(athlete.name);
    if (!athleteByName.has(key)) athleteByName.set(key, { slug: athlete.slug, name: athlete.name });
  }
  const findAthlete = (name: string) => athleteByName.get(nameKey(name));
  const suggestAthlete = nearMissFinder([...athleteByName.values()]);
  // A reference to a file that exists but is broken is not reported again: the file's own problem says it.
  const slugsOf = (listing: { files: ContentFile[] }) => new Set(listing.files.map((file) => file.slug));
  const existing = {
    authors: slugsOf(listings.authors),
    athletes: slugsOf(listings.athletes),
    events: slugsOf(listings.events),
  };
  const missing = (folder: keyof typeof existing, slug: string) =>
    `expected the slug of a file in ${folderName(options.root, folder)} (got "${slug}")`;
  const bodyCache = options.bodyCache ?? noBodyCache;
  const sizeOfImage = imageSizeReader(options.publicDir ?? publicDir());
  const athleteContext = [...athleteByName.values()].map((athlete) => `${athlete.slug}=${athlete.name}`).join('\n');
  const parseArticleBody = (file: ContentFile, parsed: ParsedFile): ParsedBody => {
    const key = bodyCache.key(parsed.body, athleteContext);
    let body = bodyCache.get(key);
    if (!body) {
      // Parsed with body-relative lines, so that the cached result holds whatever the front matter's length.
      const recorded: CachedBody['problems'] = [];
      const parsedBody = parseOrReport(file, problems, () =>
        parseBody(parsed.body, {
          file: file.display,
          lineOffset: 0,
          findAthlete,
          suggestAthlete,
          report: (line, field, message) => recorded.push({ line, field, message, severity: 'error' }),
          warn: (line, field, message) => recorded.push({ line, field, message, severity: 'warning' }),
        }),
      );
      if (!parsedBody) return { blocks: [], wordCount: 0, references: [], namedAthletes: [] };
      body = { ...parsedBody, problems: recorded };
      bodyCache.set(key, body);
    }
    const offset = parsed.bodyLineOffset;
    for (const problem of body.problems) {
      problems.add(file.display, problem.line + offset, problem.field, problem.message, problem.severity);
    }
    for (const reference of body.references)
      siteReferences.push({ file: file.display, ...reference, line: reference.line + offset });
    return body;
  };
  const siteReferences: (SiteReference & { file: string })[] = [];

  const articleSlugs = new Set(listings.articles.files.map((file) => file.slug));
  const aliasOwners = new Map<string, string>();

  const allArticles = readAll(
    listings.articles.files,
    articleSchema,
    problems,
    (file, data, parsed): Article | undefined => {
      const before = problems.size;
      const at = (fieldPath: (string | number)[], message: string) =>
        problems.add(file.display, parsed.lineOf(fieldPath), fieldName(fieldPath), message);

      // The schema has checked that these read as dates.
      const date = parseInstant(data.date) ?? new Date(Number.NaN);
      const updated = data.updated === undefined ? undefined : parseInstant(data.updated);
      if (updated && updated < date)
        at(['updated'], `expected a moment on or after date ${data.date} (got ${data.updated})`);
      const corrections: Correction[] = data.corrections.map((correction, index) => {
        const correctionDate = parseInstant(correction.date) ?? date;
        if (correctionDate < date) {
          at(
            ['corrections', index, 'date'],
            `expected a moment on or after the article's date ${data.date} (got ${correction.date})`,
          );
        }
        return { date: correctionDate, text: correction.text };
      });

      const author = authorBySlug.get(data.author);
      if (!existing.authors.has(data.author)) at(['author'], missing('authors', data.author));
      const articleAthletes = unique(data.athletes).flatMap((slug) => {
        const athlete = athleteBySlug.get(slug);
        if (!existing.athletes.has(slug)) at(['athletes', data.athletes.indexOf(slug)], missing('athletes', slug));
        return athlete ? [athlete] : [];
      });
      const event = data.event === undefined ? undefined : competitionBySlug.get(data.event);
      if (data.event !== undefined && !existing.events.has(data.event)) at(['event'], missing('events', data.event));

      const tags: Tag[] = [];
      data.tags.forEach((name, index) => {
        const slug = slugify(name);
        if (!slug) at(['tags', index], `expected a tag with letters or digits (got "${name}")`);
        else if (!tags.some((tag) => tag.slug === slug)) tags.push({ name, slug });
      });

      // /nieuws/pagina/<n>/ is the archive: an article (or alias) may not take that address.
      if (file.slug === ARCHIVE_SEGMENT) {
        problems.add(
          file.display,
          1,
          'file name',
          `expected another name: ${ARCHIVE_SEGMENT}.md would hide the archive at /nieuws/${ARCHIVE_SEGMENT}/`,
        );
      }
      if (data.aliases.includes(ARCHIVE_SEGMENT))
        at(
          ['aliases', data.aliases.indexOf(ARCHIVE_SEGMENT)],
          `expected another old slug: "${ARCHIVE_SEGMENT}" is the archive's address`,
        );

      // An alias must be an old slug: no article has it now, and only one article claims it.
      data.aliases.forEach((alias, index) => {
        if (alias === file.slug)
          at(['aliases', index], `expected an old slug, not the article's own slug (got "${alias}")`);
        else if (articleSlugs.has(alias))
          at(['aliases', index], `expected a slug no article has; ${alias}.md is an article (got "${alias}")`);
        const owner = aliasOwners.get(alias);
        if (owner && owner !== file.display)
          at(['aliases', index], `expected an alias used once; ${owner} has the alias "${alias}" too`);
        else aliasOwners.set(alias, file.display);
      });

      const body = parseArticleBody(file, parsed);
      if (repeats(data.summary, data.title)) {
        problems.warn(
          file.display,
          parsed.lineOf(['summary']),
          'summary',
          'expected a summary that adds to the title, for lists and search engines (got the title again)',
        );
      }
      if (data.athletes.length === 0 && body.namedAthletes.length > 0) {
        problems.warn(
          file.display,
          parsed.lineOf(['athletes']),
          'athletes',
          `expected the skaters the results name, so the story shows on their pages: athletes: [${body.namedAthletes.map((name) => athleteByName.get(nameKey(name))?.slug ?? name).join(', ')}] (got none)`,
        );
      }

      // image.src is a file under public/: its size is read now, so pages can reserve its space.
      const image =
        data.image &&
        withImageSize(data.image, options.publicDir ?? publicDir(), (message) => at(['image', 'src'], message));
      if (problems.size > before || !author || (data.event !== undefined && !event)) return undefined;
      const status: PublicationStatus = data.draft ? 'draft' : date > options.now ? 'scheduled' : 'published';
      const modified = [updated, ...corrections.map((correction) => correction.date)].reduce<Date>(
        (latest, candidate) => (candidate && candidate > latest ? candidate : latest),
        date,
      );
      return {
        slug: file.slug,
        title: data.title,
        summary: data.summary,
        date,
        datePrecision: /^\d{4}-\d{2}-\d{2}$/.test(data.date.trim()) ? 'day' : 'minute',
        ...(updated ? { updated } : {}),
        modified,
        author,
        category: data.category,
        tags,
        athletes: articleAthletes,
        ...(event ? { event } : {}),
        ...(image ? { image } : {}),
        status,
        aliases: unique(data.aliases),
        corrections,
        body: sizeImagesInBlocks(body.blocks, sizeOfImage),
        readingMinutes: Math.max(1, Math.round(body.wordCount / WORDS_PER_MINUTE)),
        source: { path: file.display },
      };
    },
    (file, parsed) => {
      // Front matter refused: the body is still checked, so the editor hears of every problem at once.
      parseArticleBody(file, parsed);
    },
  );

  bodyCache.save();
  checkSiteReferences(
    siteReferences,
    allArticles,
    {
      athletes,
      authors,
      competitions,
      publicDir: options.publicDir ?? publicDir(),
      includeUnpublished: options.includeUnpublished,
    },
    problems,
  );
  if (problems.size > 0) throw new ContentErrors(problems.errors, problems.warnings);

  const shown = allArticles
    .filter((article) => options.includeUnpublished || article.status === 'published')
    .sort(newestFirst);
  return {
    articles: shown,
    athletes: athletes.sort(byName),
    authors: authors.sort(byName),
    competitions: competitions.sort((a, b) => (a.start === b.start ? byName(a, b) : a.start < b.start ? -1 : 1)),
    summary: {
      published: allArticles.filter((article) => article.status === 'published').length,
      drafts: allArticles.filter((article) => article.status === 'draft').map((article) => article.source.path),
      scheduled: allArticles
        .filter((article) => article.status === 'scheduled')
        .map((article) => ({ file: article.source.path, date: article.date })),
      ignored: Object.values(listings).flatMap((listing) => listing.ignored),
    },
    warnings: sortProblems(problems.warnings),
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
): Item[] {
  const items: Item[] = [];
  for (const file of files) {
    const text = readContentText(file, problems);
    if (text === undefined) continue;
    const parsed = parseContentFile(text);
    for (const error of parsed.yamlErrors) problems.add(file.display, error.line, 'front matter', error.message);
    const data =
      parsed.yamlErrors.length > 0
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

/**
 * Runs a Markdown parse, turning an exception inside the parser (a shape of input no bound
 * foresaw) into a problem on the file instead of a crash with a stack trace.
 */
function parseOrReport<T>(file: ContentFile, problems: ProblemList, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    problems.add(
      file.display,
      1,
      'body',
      `expected Markdown the parser can read (got text it fails on: ${reason}); look for an unusual paste`,
    );
    return undefined;
  }
}

function folderName(root: string, name: string): string {
  return `${path.basename(root)}/${name}/`;
}

function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

function newestFirst(a: Article, b: Article): number {
  return b.date.getTime() - a.date.getTime() || (a.slug < b.slug ? -1 : 1);
}

function byName(a: { name: string; slug: string }, b: { name: string; slug: string }): number {
  return a.name.localeCompare(b.name, 'nl') || (a.slug < b.slug ? -1 : 1);
}
