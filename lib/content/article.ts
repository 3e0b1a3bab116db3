import { ARCHIVE_SEGMENT } from '../paths';
import { parseBody, type ParsedBody, type SiteReference } from '../markdown/blocks';
import { slugify } from '../slug';
import type { Article, Athlete, AthleteRef, Author, Competition, Correction, PublicationStatus, Tag } from '../types';
import type { BodyCache, CachedBody } from '../build/body-cache';
import { nearMissFinder, repeats } from './editorial-checks';
import type { ContentFile } from './files';
import type { ContentKind } from './folders';
import type { ParsedFile } from './front-matter';
import { withImageSize, type ImageInfo } from './images';
import { sizeImagesInBlocks } from './inline-images';
import { parseOrReport } from './parse-or-report';
import type { ProblemList } from './problems';
import { slugSchema, type ArticleFrontMatter } from './schemas';
import { fieldName } from './validate';

const WORDS_PER_MINUTE = 200;

/** What an article may refer to, and what the articles read so far have claimed. */
export type ArticleContext = {
  problems: ProblemList;
  now: Date;
  publicDir: string;
  authors: Map<string, Author>;
  athletes: Map<string, Athlete>;
  competitions: Map<string, Competition>;
  /** The slugs of every file in a folder, readable or not: a broken file is reported once, by itself. */
  existing: Record<ReferredKind, Set<string>>;
  /** The message for a slug that names no file of a kind's folder. */
  missing: (kind: ReferredKind, slug: string) => string;
  articleSlugs: Set<string>;
  /** Which file claimed each alias first. */
  aliasOwners: Map<string, string>;
  bodies: ArticleBodyReader;
  names: AthleteNames;
  /** The size of an image under public/, for the inline photos of a body. */
  sizeOfImage: (src: string) => ImageInfo | undefined;
};

/** The kinds of file an article names by slug. */
export type ReferredKind = Exclude<ContentKind, 'article'>;

/** Reports a problem on a front-matter field of the file being read. */
type FieldReporter = (fieldPath: (string | number)[], message: string) => void;

/** Skaters by name as results tables write them, for linking rows to skater pages. */
export class AthleteNames {
  private readonly byName = new Map<string, AthleteRef>();
  private readonly countries = new Map<string, string>();

  constructor(athletes: Athlete[]) {
    for (const athlete of athletes) {
      const key = nameKey(athlete.name);
      if (!this.byName.has(key)) this.byName.set(key, { slug: athlete.slug, name: athlete.name });
      this.countries.set(athlete.slug, athlete.country);
    }
  }

  find = (name: string): AthleteRef | undefined => this.byName.get(nameKey(name));

  countryOf = (athlete: AthleteRef): string | undefined => this.countries.get(athlete.slug);

  get all(): AthleteRef[] {
    return [...this.byName.values()];
  }
}

/**
 * Parses article bodies through the body cache, reports their problems on the file's lines
 * and collects their links to the site's own pages for one check at the end.
 */
export class ArticleBodyReader {
  readonly siteReferences: (SiteReference & { file: string })[] = [];
  private readonly suggestAthlete: (name: string) => AthleteRef | undefined;
  private readonly cacheContext: string;

  constructor(
    private readonly problems: ProblemList,
    private readonly cache: BodyCache,
    private readonly names: AthleteNames,
  ) {
    this.suggestAthlete = nearMissFinder(names.all);
    // The skaters a body links to (and their countries, which its results are checked against)
    // are part of what it parses to, so they are part of its cache key.
    this.cacheContext = names.all
      .map((athlete) => `${athlete.slug}=${athlete.name}:${names.countryOf(athlete) ?? ''}`)
      .join('\n');
  }

  /** The file line of each results block of the bodies read, by file: where the check of races points. */
  readonly resultsLines = new Map<string, number[]>();

  /** Reads a body; `competition` is the article's (its results tables are races on its days). */
  read(file: ContentFile, parsed: ParsedFile, competition?: Competition): ParsedBody {
    const body = this.cached(file, parsed.body, competition);
    if (!body) return { blocks: [], wordCount: 0, references: [], namedAthletes: [], resultsLines: [] };
    const offset = parsed.bodyLineOffset;
    this.resultsLines.set(
      file.display,
      body.resultsLines.map((line) => line + offset),
    );
    for (const problem of body.problems) {
      this.problems.add(file.display, problem.line + offset, problem.field, problem.message, problem.severity);
    }
    for (const reference of body.references)
      this.siteReferences.push({ file: file.display, ...reference, line: reference.line + offset });
    return body;
  }

  /** Parsed with body-relative lines, so that a cached result holds whatever the front matter's length. */
  private cached(file: ContentFile, markdown: string, competition?: Competition): CachedBody | undefined {
    // The competition's days decide which of its tables are races, so they are part of the key.
    const days = competition ? `${competition.start}..${competition.end}` : 'no competition';
    const key = this.cache.key(markdown, `${this.cacheContext}\n${days}`);
    const known = this.cache.get(key);
    if (known) return known;
    const recorded: CachedBody['problems'] = [];
    const parsedBody = parseOrReport(file, this.problems, () =>
      parseBody(markdown, {
        file: file.display,
        lineOffset: 0,
        findAthlete: this.names.find,
        countryOf: this.names.countryOf,
        suggestAthlete: this.suggestAthlete,
        ...(competition ? { competition: { start: competition.start, end: competition.end } } : {}),
        report: (line, field, message) => recorded.push({ line, field, message, severity: 'error' }),
        warn: (line, field, message) => recorded.push({ line, field, message, severity: 'warning' }),
      }),
    );
    if (!parsedBody) return undefined;
    const body = { ...parsedBody, problems: recorded };
    this.cache.set(key, body);
    return body;
  }
}

/**
 * An article from its validated front matter and body, with every rule of the contract
 * checked and reported; undefined when any rule failed or a reference is missing.
 */
export function buildArticle(
  file: ContentFile,
  data: ArticleFrontMatter,
  parsed: ParsedFile,
  context: ArticleContext,
): Article | undefined {
  const { problems } = context;
  const before = problems.size;
  const at: FieldReporter = (fieldPath, message) =>
    problems.add(file.display, parsed.lineOf(fieldPath), fieldName(fieldPath), message);

  const corrections = checkDates(data, at);
  const { author, athletes, event } = resolveReferences(data, context, at);
  const tags = tagsOf(data.tags, at);
  checkArchiveAddress(file, data.aliases, problems, at);
  checkAliases(file, data.aliases, context, at);
  const body = context.bodies.read(file, parsed, event);
  warnForEditors(file, data, parsed, body, context);
  // image.src is a file under public/: its size is read now, so pages can reserve its space.
  const image = data.image && withImageSize(data.image, context.publicDir, (message) => at(['image', 'src'], message));
  if (problems.size > before || !author || (data.event !== undefined && !event)) return undefined;
  return {
    slug: file.slug,
    title: data.title,
    summary: data.summary,
    date: data.date.at,
    datePrecision: data.date.precision,
    ...(data.updated ? { updated: data.updated.at } : {}),
    modified: lastChange(data.date.at, data.updated?.at, corrections),
    author,
    category: data.category,
    tags,
    athletes,
    ...(event ? { event } : {}),
    ...(image ? { image } : {}),
    status: statusOf(data, context.now),
    aliases: unique(data.aliases),
    corrections,
    body: sizeImagesInBlocks(body.blocks, context.sizeOfImage),
    readingMinutes: Math.max(1, Math.round(body.wordCount / WORDS_PER_MINUTE)),
    source: { path: file.display },
  };
}

/** `updated` and every correction come on or after the article's date; returns the corrections. */
function checkDates(data: ArticleFrontMatter, at: FieldReporter): Correction[] {
  const { date, updated } = data;
  if (updated && updated.at < date.at)
    at(['updated'], `verwacht een moment op of na date ${date.text}; gevonden: ${updated.text}`);
  return data.corrections.map((correction, index) => {
    if (correction.date.at < date.at) {
      at(
        ['corrections', index, 'date'],
        `verwacht een moment op of na de date van het stuk, ${date.text}; gevonden: ${correction.date.text}`,
      );
    }
    return { date: correction.date.at, text: correction.text };
  });
}

/** The author, skaters and competition the front matter names, each reported when no file has its slug. */
function resolveReferences(
  data: ArticleFrontMatter,
  context: ArticleContext,
  at: FieldReporter,
): { author?: Author; athletes: Athlete[]; event?: Competition } {
  checkReferences({ author: data.author, athletes: data.athletes.entries(), event: data.event }, context, at);
  const author = context.authors.get(data.author);
  const athletes = unique(data.athletes).flatMap((slug) => context.athletes.get(slug) ?? []);
  const event = data.event === undefined ? undefined : context.competitions.get(data.event);
  return { ...(author ? { author } : {}), athletes, ...(event ? { event } : {}) };
}

/** Slugs an article names, with each skater's place in its list (its line); a skater named twice is reported once. */
type NamedSlugs = { author?: string; athletes: Iterable<[number, string]>; event?: string };

function checkReferences(named: NamedSlugs, context: ArticleContext, at: FieldReporter): void {
  if (named.author !== undefined && !context.existing.author.has(named.author))
    at(['author'], context.missing('author', named.author));
  const seen = new Set<string>();
  for (const [index, slug] of named.athletes) {
    if (seen.has(slug)) continue;
    seen.add(slug);
    if (!context.existing.athlete.has(slug)) at(['athletes', index], context.missing('athlete', slug));
  }
  if (named.event !== undefined && !context.existing.event.has(named.event))
    at(['event'], context.missing('event', named.event));
}

/**
 * The reference checks for an article whose front matter the schema refused (a bad date, say),
 * so the editor hears of a misspelt author, skater or competition in the same run. Only values
 * the schema accepts are looked up: a value it refuses has its one problem already.
 */
export function checkReferencesOfRefused(file: ContentFile, parsed: ParsedFile, context: ArticleContext): void {
  if (typeof parsed.data !== 'object' || parsed.data === null) return;
  const fields = parsed.data as Record<string, unknown>;
  const athletes = Array.isArray(fields.athletes) ? [...fields.athletes.entries()] : [];
  checkReferences(
    {
      ...(isSlug(fields.author) ? { author: fields.author } : {}),
      athletes: athletes.filter((entry): entry is [number, string] => isSlug(entry[1])),
      ...(isSlug(fields.event) ? { event: fields.event } : {}),
    },
    context,
    (fieldPath, message) => context.problems.add(file.display, parsed.lineOf(fieldPath), fieldName(fieldPath), message),
  );
}

function isSlug(value: unknown): value is string {
  return slugSchema.safeParse(value).success;
}

/** Tags with their URL slugs; two names with one slug are one tag, the first name kept. */
function tagsOf(names: string[], at: FieldReporter): Tag[] {
  const tags: Tag[] = [];
  names.forEach((name, index) => {
    const slug = slugify(name);
    if (!slug) at(['tags', index], `verwacht een tag met letters of cijfers; gevonden: "${name}"`);
    else if (!tags.some((tag) => tag.slug === slug)) tags.push({ name, slug });
  });
  return tags;
}

/** /nieuws/pagina/<n>/ is the archive: an article (or alias) may not take that address. */
function checkArchiveAddress(file: ContentFile, aliases: string[], problems: ProblemList, at: FieldReporter): void {
  if (file.slug === ARCHIVE_SEGMENT) {
    problems.add(
      file.display,
      1,
      'file name',
      `verwacht een andere naam: ${ARCHIVE_SEGMENT}.md zou het archief op /nieuws/${ARCHIVE_SEGMENT}/ verbergen`,
    );
  }
  if (aliases.includes(ARCHIVE_SEGMENT))
    at(
      ['aliases', aliases.indexOf(ARCHIVE_SEGMENT)],
      `verwacht een andere oude slug: "${ARCHIVE_SEGMENT}" is het adres van het archief`,
    );
}

/** An alias must be an old slug: no article has it now, and only one article claims it. */
function checkAliases(file: ContentFile, aliases: string[], context: ArticleContext, at: FieldReporter): void {
  aliases.forEach((alias, index) => {
    if (alias === file.slug)
      at(['aliases', index], `verwacht een oude slug, niet de slug van het stuk zelf; gevonden: "${alias}"`);
    else if (context.articleSlugs.has(alias))
      at(['aliases', index], `verwacht een slug die geen stuk heeft; ${alias}.md is een stuk; gevonden: "${alias}"`);
    const owner = context.aliasOwners.get(alias);
    if (owner && owner !== file.display)
      at(['aliases', index], `verwacht een alias die maar één stuk heeft; ${owner} heeft de alias "${alias}" ook`);
    else context.aliasOwners.set(alias, file.display);
  });
}

/** What passes but is likely a slip: a summary that repeats the title, results whose skaters the front matter leaves out. */
function warnForEditors(
  file: ContentFile,
  data: ArticleFrontMatter,
  parsed: ParsedFile,
  body: ParsedBody,
  context: ArticleContext,
): void {
  if (repeats(data.summary, data.title)) {
    context.problems.warn(
      file.display,
      parsed.lineOf(['summary']),
      'summary',
      'verwacht een samenvatting die iets toevoegt aan de titel, voor lijsten en zoekmachines; gevonden: de titel nog eens',
    );
  }
  if (data.athletes.length === 0 && body.namedAthletes.length > 0) {
    const slugs = body.namedAthletes.map((name) => context.names.find(name)?.slug ?? name);
    context.problems.warn(
      file.display,
      parsed.lineOf(['athletes']),
      'athletes',
      `verwacht de schaatsers die de uitslagen noemen, zodat het stuk op hun pagina's staat: athletes: [${slugs.join(', ')}]; gevonden: geen`,
    );
  }
}

function statusOf(data: ArticleFrontMatter, now: Date): PublicationStatus {
  if (data.draft) return 'draft';
  return data.date.at > now ? 'scheduled' : 'published';
}

/** The latest of the article's date, its update and its corrections. */
function lastChange(date: Date, updated: Date | undefined, corrections: Correction[]): Date {
  return [updated, ...corrections.map((correction) => correction.date)].reduce<Date>(
    (latest, candidate) => (candidate && candidate > latest ? candidate : latest),
    date,
  );
}

export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
