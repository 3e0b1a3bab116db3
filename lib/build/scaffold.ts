import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { dayInSiteZone } from '../calendar/days';
import { isoInSiteZone } from '../dates';
import { ARCHIVE_SEGMENT } from '../paths';
import { slugify } from '../slug';
import { displayPath } from '../content/files';
import { CONTENT_FOLDERS, type ContentKind } from '../content/folders';
import { parseContentFile } from '../content/front-matter';
import { PLACEHOLDER } from '../content/placeholders';

// `npm run new` (scripts/new.ts): a new content file with a correct name and front matter that
// passes `npm run check` as it is, so an editor starts from a valid file and only fills it in.

export { CONTENT_KINDS, isContentKind, type ContentKind } from '../content/folders';

/** The longest title or name the schema accepts (lib/content/schemas.ts). */
const MAX_TITLE: Record<ContentKind, number> = { article: 160, athlete: 120, author: 120, event: 160 };

/** The author an article gets when the authors folder has it; otherwise the first author there. */
export const DEFAULT_AUTHOR = 'redactie';

export type NewFileRequest = {
  kind: ContentKind;
  /** The article's title, or the name of the athlete, author or event. */
  title: string;
  /** Absolute path of the content root. */
  root: string;
  /** The moment of writing: the article's date, the event's days and the year folder. */
  now: Date;
};

export type NewFile = {
  kind: ContentKind;
  slug: string;
  /** Absolute path of the file. */
  absolute: string;
  /** Path as shown to editors (relative to the working folder where possible). */
  display: string;
  text: string;
};

/** A new file that may not be made; the message is one line, in Dutch and in English. */
export class ScaffoldRefusal extends Error {
  constructor(dutch: string, english: string) {
    super(`${dutch} / ${english}`);
    this.name = 'ScaffoldRefusal';
  }
}

/** Collapses runs of white space (line breaks included) to one space and trims. */
export function normaliseTitle(title: string): string {
  return title.replace(/\s+/g, ' ').trim();
}

/**
 * Works out the name, place and text of a new file without writing it. Reads the content
 * root to find clashes and (for an article) the author. Throws ScaffoldRefusal when the title
 * gives an empty slug or is too long, when a file in the kind's folder (subfolders included)
 * already has the slug, or when the root does not exist.
 */
export function planNewFile(request: NewFileRequest): NewFile {
  const { kind, root, now } = request;
  const title = normaliseTitle(request.title);
  const slug = slugify(title);
  if (!slug) {
    throw new ScaffoldRefusal(
      `Niet aangemaakt: "${title}" geeft een lege slug; gebruik letters of cijfers`,
      `Not created: "${title}" gives an empty slug; use letters or digits`,
    );
  }
  const max = MAX_TITLE[kind];
  if (title.length > max) {
    throw new ScaffoldRefusal(
      `Niet aangemaakt: de titel is ${title.length} tekens lang, het maximum is ${max}`,
      `Not created: the title is ${title.length} characters long, the maximum is ${max}`,
    );
  }
  if (!isDirectory(root)) {
    throw new ScaffoldRefusal(
      `Niet aangemaakt: de inhoudsmap ${displayPath(root)} bestaat niet (CONTENT_DIR?)`,
      `Not created: the content folder ${displayPath(root)} does not exist (CONTENT_DIR?)`,
    );
  }

  const folder = path.join(root, CONTENT_FOLDERS[kind]);
  const files = contentFiles(folder);
  refuseClash(kind, slug, files);

  const absolute =
    kind === 'article' ? path.join(folder, yearInSiteZone(now), `${slug}.md`) : path.join(folder, `${slug}.md`);
  const author =
    kind === 'article' ? chooseAuthor(contentFiles(path.join(root, CONTENT_FOLDERS.author))) : DEFAULT_AUTHOR;
  return { kind, slug, absolute, display: displayPath(absolute), text: newFileText(kind, title, { now, author }) };
}

/**
 * Writes a planned file, making its folder when needed. Never overwrites: a file that
 * appeared since planning is refused like any other clash.
 */
export function writeNewFile(file: NewFile): void {
  fs.mkdirSync(path.dirname(file.absolute), { recursive: true });
  try {
    fs.writeFileSync(file.absolute, file.text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw existsRefusal(file.slug, file.display);
    throw error;
  }
}

/** planNewFile, then writeNewFile: the whole of `npm run new`. */
export function createContentFile(request: NewFileRequest): NewFile {
  const file = planNewFile(request);
  writeNewFile(file);
  return file;
}

/** The calendar year in Europe/Amsterdam at `now`: the article's year folder. */
export function yearInSiteZone(now: Date): string {
  return dayInSiteZone(now).slice(0, 4);
}

/** `redactie` when that author exists, else the first author slug in name order, else `redactie`. */
export function chooseAuthor(authorFiles: ContentFileName[]): string {
  const slugs = authorFiles.map((file) => file.name.slice(0, -'.md'.length)).sort();
  return slugs.includes(DEFAULT_AUTHOR) ? DEFAULT_AUTHOR : (slugs[0] ?? DEFAULT_AUTHOR);
}

/** The text of a new file. Pure: the same arguments give the same text. */
export function newFileText(kind: ContentKind, title: string, context: { now: Date; author: string }): string {
  const lines = TEMPLATES[kind](yamlValue(normaliseTitle(title)), context);
  return `${lines.join('\n')}\n`;
}

type Template = (title: string, context: { now: Date; author: string }) => string[];

const TEMPLATES: Record<ContentKind, Template> = {
  article: (title, { now, author }) => [
    '---',
    '# Nieuw stuk van `npm run new`. Vul in, en controleer met `npm run check`.',
    `title: ${title} # 1–160 tekens`,
    `summary: '${PLACEHOLDER}: korte samenvatting voor lijsten en zoekmachines, 1–300 tekens' # een fout zodra draft false is, tot je hem invult`,
    `date: ${isoInSiteZone(now)} # publicatiemoment; zet het bij publiceren op het echte moment (later = ingepland)`,
    `author: ${author} # slug van een bestand in content/authors/`,
    'category: nieuws # nieuws, uitslagen, column, interview of achtergrond',
    '# tags: [wereldbeker, 500 meter]',
    '# athletes: [femke-kok, jutta-leerdam] # slugs in content/athletes/',
    '# event: wereldbeker-salt-lake-city-2025 # slug in content/events/',
    '# Concept: zolang draft true is, komt het stuk niet op de site (nooit per ongeluk live). Zet draft op false als het af is.',
    'draft: true',
    '---',
    '<!--',
    'Schrijf het stuk hieronder in Markdown. Dit commentaar komt niet op de site; haal het weg als het stuk af is.',
    '',
    'Een citaat:',
    '',
    ':::quote{by="Naam van de spreker" source="Waar het gezegd is"}',
    'De woorden van het citaat.',
    ':::',
    '',
    'Een uitslag (tijden als 36.09 of 1:06.41; records WR, OR, BR, NR, PR, SB; DQ, DNF, DNS);',
    'distance, sex en date zeggen welke race het is (date: een dag van de wedstrijd in event):',
    '',
    ':::results{title="500 meter vrouwen" distance="500" sex="vrouwen" date="2025-11-16" note="Selectie"}',
    '| Pos | Naam          | Land | Tijd  | Record |',
    '| --: | ------------- | ---- | ----: | ------ |',
    '| 1   | Femke Kok     | NED  | 36.09 | WR     |',
    '| 10  | Jutta Leerdam | NED  | 37.35 |        |',
    ':::',
    '-->',
  ],
  athlete: (title) => [
    '---',
    `name: ${title}`,
    '# country: IOC-code in hoofdletters (NED, CAN, USA ...). Een fout tot je hem invult: een schaatser staat meteen op de site.',
    `country: ${PLACEHOLDER}`,
    '# born: 2000-01-31 # geboortedatum, JJJJ-MM-DD',
    '# specialties: [500m, 1000m]',
    '---',
    '<!-- Optioneel: een korte biografie in Markdown. Dit commentaar komt niet op de site. -->',
  ],
  author: (title) => [
    '---',
    `name: ${title}`,
    '# role: Verslaggever',
    '# column: Naam van de column # alleen als deze auteur een vaste column schrijft',
    '---',
    '<!-- Optioneel: een korte introductie in Markdown. Dit commentaar komt niet op de site. -->',
  ],
  event: (title, { now }) => {
    const today = dayInSiteZone(now);
    return [
      '---',
      `name: ${title}`,
      '# Een fout tot je ze invult: een wedstrijd staat meteen op de site en in de kalender.',
      `start: ${PLACEHOLDER} # eerste dag, JJJJ-MM-DD, zoals ${today}`,
      `end: ${PLACEHOLDER} # laatste dag, JJJJ-MM-DD, niet voor start`,
      `location: ${PLACEHOLDER} # de plaats, zoals Heerenveen`,
      '# venue: Thialf',
      '# country: NED # IOC-code',
      '---',
      '<!-- Optioneel: een beschrijving van de wedstrijd in Markdown. Dit commentaar komt niet op de site. -->',
    ];
  },
};

/** A string as one YAML scalar on one line: quoted when YAML would read it as something else. */
function yamlValue(value: string): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

export type ContentFileName = { name: string; absolute: string };

/**
 * The `.md` files under a folder, subfolders included, that the loader reads: names starting
 * with `_` or `.` are editors' scratch and skipped, as in listContentFolder. A missing folder is empty.
 */
function contentFiles(folder: string): ContentFileName[] {
  const found: ContentFileName[] = [];
  const walk = (directory: string) => {
    const entries = fs.readdirSync(directory, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('_') || entry.name.startsWith('.')) continue;
      const absolute = path.join(directory, entry.name);
      if (entry.isDirectory()) walk(absolute);
      else if (entry.isFile() && entry.name.endsWith('.md')) found.push({ name: entry.name, absolute });
    }
  };
  if (isDirectory(folder)) walk(folder);
  return found;
}

/**
 * Refuses a slug that a file in the folder has: by its name, or by the name the loader would
 * suggest for a badly named file (`Kok-Wint.md`). For articles also an old slug in `aliases`
 * (its page forwards to that article) and the archive's `pagina`.
 */
function refuseClash(kind: ContentKind, slug: string, files: ContentFileName[]): void {
  for (const file of files) {
    const name = file.name.slice(0, -'.md'.length);
    if (name === slug || slugify(name) === slug) throw existsRefusal(slug, displayPath(file.absolute));
  }
  if (kind !== 'article') return;
  if (slug === ARCHIVE_SEGMENT) {
    throw new ScaffoldRefusal(
      `Niet aangemaakt: "${slug}" is het adres van het archief (/nieuws/${slug}/); kies een andere titel`,
      `Not created: "${slug}" is the archive's address (/nieuws/${slug}/); choose another title`,
    );
  }
  for (const file of files) {
    if (aliasesOf(file.absolute).includes(slug)) {
      const shown = displayPath(file.absolute);
      throw new ScaffoldRefusal(
        `Niet aangemaakt: "${slug}" is een oude slug (aliases) van ${shown}`,
        `Not created: "${slug}" is an old slug (aliases) of ${shown}`,
      );
    }
  }
}

function existsRefusal(slug: string, existing: string): ScaffoldRefusal {
  return new ScaffoldRefusal(
    `Niet aangemaakt: ${existing} heeft al de slug "${slug}"`,
    `Not created: ${existing} already has the slug "${slug}"`,
  );
}

/** The `aliases` of an article file; none when the file cannot be read (check reports that). */
function aliasesOf(file: string): string[] {
  try {
    const { data } = parseContentFile(fs.readFileSync(file, 'utf8'));
    if (typeof data !== 'object' || data === null || !('aliases' in data)) return [];
    const { aliases } = data;
    return Array.isArray(aliases) ? aliases.filter((alias): alias is string => typeof alias === 'string') : [];
  } catch {
    return [];
  }
}

function isDirectory(folder: string): boolean {
  try {
    return fs.statSync(folder).isDirectory();
  } catch {
    return false;
  }
}
