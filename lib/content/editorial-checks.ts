import fs from 'node:fs';
import path from 'node:path';
import { distance } from 'fastest-levenshtein';
import { paths } from '../paths';
import type { SiteReference } from '../markdown/blocks';
import { pageNumbers } from '../pagination';
import { slugify } from '../slug';
import { CATEGORIES, type Article, type Athlete, type AthleteRef, type Author, type Competition } from '../types';
import type { ProblemList } from './problems';

// The editors' gate beyond the contract: things that are valid but almost certainly not
// meant. Broken internal links are errors (a reader would land on the 404); the rest warn.

/** Name comparison that ignores case, accents and spacing: "Valerie  maltais" ~ "Valérie Maltais". */
function folded(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Finds the known skater a name is most likely a misspelling of: the same letters but for
 * accents, or one edit away (two for names of eight letters or more). Exact matches are
 * not this function's business: the caller links those.
 */
export function nearMissFinder(athletes: AthleteRef[]): (name: string) => AthleteRef | undefined {
  const known = athletes.map((athlete) => ({ athlete, key: folded(athlete.name) }));
  return (name) => {
    const key = folded(name);
    const allowed = key.length >= 8 ? 2 : 1;
    let best: { athlete: AthleteRef; edits: number } | undefined;
    for (const candidate of known) {
      if (Math.abs(candidate.key.length - key.length) > allowed) continue;
      const edits = distance(key, candidate.key);
      if (edits <= allowed && (!best || edits < best.edits)) best = { athlete: candidate.athlete, edits };
    }
    return best?.athlete;
  };
}

/** Whether a summary only repeats the title (the same words, or the title and a little more). */
export function repeats(summary: string, title: string): boolean {
  const words = (text: string) => folded(text).replace(/[^\p{L}\p{N} ]/gu, '');
  const summaryWords = words(summary);
  const titleWords = words(title);
  return (
    summaryWords === titleWords || (summaryWords.startsWith(titleWords) && summaryWords.length < titleWords.length + 15)
  );
}

type Site = {
  athletes: Athlete[];
  authors: Author[];
  competitions: Competition[];
  publicDir: string;
  includeUnpublished: boolean;
};

/**
 * Reports links and images in article bodies that point to no page or file of the site:
 * an error for a path nothing answers, a warning for an article that is not published yet
 * (a draft or scheduled story: the link works only once it is out).
 */
export function checkSiteReferences(
  references: (SiteReference & { file: string })[],
  articles: Article[],
  site: Site,
  problems: ProblemList,
): void {
  if (references.length === 0) return;
  const shown = articles.filter((article) => site.includeUnpublished || article.status === 'published');
  const pages = new Set<string>([
    paths.home(),
    paths.athletes(),
    paths.calendar(),
    paths.search(),
    '/kalender.ics',
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/robots.txt',
  ]);
  for (const article of shown) {
    pages.add(paths.article(article.slug));
    for (const alias of article.aliases) pages.add(paths.article(alias));
    for (const tag of article.tags) pages.add(paths.tag(tag.slug));
  }
  pages.add(paths.archive());
  for (const index of [paths.categories(), paths.tags(), paths.authors(), paths.competitions()]) pages.add(index);
  for (const number of pageNumbers(shown.length)) pages.add(paths.archive(number));
  for (const category of CATEGORIES) pages.add(paths.category(category));
  for (const athlete of site.athletes) pages.add(paths.athlete(athlete.slug));
  for (const author of site.authors) pages.add(paths.author(author.slug));
  for (const competition of site.competitions) pages.add(paths.competition(competition.slug));
  const unpublished = new Set(
    articles.filter((article) => !shown.includes(article)).map((article) => paths.article(article.slug)),
  );

  for (const reference of references) {
    const target = decodedPath(reference.url);
    if (target === undefined) {
      problems.add(
        reference.file,
        reference.line,
        reference.kind === 'image' ? 'image in text' : 'link',
        `verwacht een link met geldige %-codes, zoals %20 voor een spatie; gevonden: ${reference.url}`,
      );
      continue;
    }
    const asPage = target.endsWith('/') || path.extname(target) !== '' ? target : `${target}/`;
    const field = reference.kind === 'image' ? 'image in text' : 'link';
    if (pages.has(asPage) || isPublicFile(site.publicDir, target)) continue;
    if (unpublished.has(asPage)) {
      problems.warn(
        reference.file,
        reference.line,
        field,
        `verwacht een gepubliceerde pagina; gevonden: ${reference.url}, een concept of ingepland stuk (de link werkt pas als het online staat)`,
      );
    } else {
      const hint = target.startsWith('/tags/')
        ? `; tagpagina's zijn /tags/${slugify(target.slice('/tags/'.length))}/`
        : '';
      problems.add(
        reference.file,
        reference.line,
        field,
        `verwacht een pagina of bestand van deze site; gevonden: ${reference.url}, dat naar "niet gevonden" leidt${hint}`,
      );
    }
  }
}

/** The path of a site URL with its %-escapes decoded, or undefined when an escape is broken (decodeURI throws). */
function decodedPath(url: string): string | undefined {
  try {
    return decodeURI(url.split(/[?#]/)[0] ?? '');
  } catch {
    return undefined;
  }
}

function isPublicFile(publicDir: string, target: string): boolean {
  const file = path.join(publicDir, target);
  // Never outside public/ ("/../package.json").
  return file.startsWith(publicDir + path.sep) && fs.existsSync(file) && fs.statSync(file).isFile();
}
