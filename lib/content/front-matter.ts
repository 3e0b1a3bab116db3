import { isDeepStrictEqual } from 'node:util';
import matter from 'gray-matter';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

export type FieldPath = readonly (string | number)[];

export type ParsedFile = {
  /** The front matter as plain data, or undefined when it could not be read. */
  data: unknown;
  /** The Markdown after the front matter. */
  body: string;
  /** Number of lines before the body: body line n is file line n + bodyLineOffset. */
  bodyLineOffset: number;
  /** The file line of a front-matter field (its key), falling back to the nearest parent, then line 1. */
  lineOf: (path: FieldPath) => number;
  /** YAML syntax problems, with their file lines. */
  yamlErrors: { line: number; message: string }[];
};

/**
 * Front matter read before, by its YAML text (lib/build/body-cache.ts keeps it between builds):
 * reading YAML is most of the cost of a file whose body is cached. Only data read without
 * problems is kept, and only when it survives JSON unchanged.
 */
export type FrontMatterCache = {
  get: (yaml: string) => unknown;
  set: (yaml: string, data: unknown) => void;
};

/** UTF-8 without a byte-order mark and with LF line endings: the contract accepts both variants. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Splits a content file into front matter and body with gray-matter, reading the YAML with
 * the `yaml` package: it keeps source positions (for line numbers), stops alias bombs
 * (maxAliasCount) and rejects unknown tags, and its core schema leaves dates as text so that
 * we, not the parser, decide their time zone. Front matter found in `cache` is not read again
 * until a line number is asked for. Never throws.
 */
export function parseContentFile(raw: string, cache?: FrontMatterCache): ParsedFile {
  const text = normaliseText(raw);
  let yaml: { source: string; cached: unknown } | undefined;
  let parsed: { content: string; matter: string };
  try {
    parsed = matter(text, {
      engines: {
        yaml: (source: string) => {
          yaml = { source, cached: cache?.get(source) };
          return {};
        },
      },
    });
  } catch (error) {
    // gray-matter only throws for malformed delimiters; report it on line 1.
    return {
      data: undefined,
      body: '',
      bodyLineOffset: 0,
      lineOf: () => 1,
      yamlErrors: [
        {
          line: 1,
          message: `verwacht front matter tussen twee regels ---; gevonden: front matter die niet te lezen is (${String(error)})`,
        },
      ],
    };
  }

  // The front matter starts after the opening `---` line.
  const matterStart = parsed.matter ? text.indexOf(parsed.matter) : -1;
  const matterFirstLine = matterStart >= 0 ? countLines(text, matterStart) : 1;
  const body = parsed.content;
  const bodyLineOffset = countLines(text, text.length - body.length) - 1;
  if (!yaml) return { data: {}, body, bodyLineOffset, lineOf: () => 1, yamlErrors: [] };

  let read: ReadYaml | undefined = yaml.cached === undefined ? readYaml(yaml.source, matterFirstLine) : undefined;
  if (read && read.yamlErrors.length === 0 && survivesJson(read.data)) cache?.set(yaml.source, read.data);
  const source = yaml.source;
  const lineOf = (path: FieldPath): number => {
    read ??= readYaml(source, matterFirstLine);
    return read.lineOf(path);
  };
  return read
    ? { data: read.data, body, bodyLineOffset, lineOf, yamlErrors: read.yamlErrors }
    : { data: yaml.cached, body, bodyLineOffset, lineOf, yamlErrors: [] };
}

type ReadYaml = Pick<ParsedFile, 'data' | 'lineOf' | 'yamlErrors'>;

/** The YAML of the front matter as data, its problems and the file lines of its fields. */
function readYaml(source: string, matterFirstLine: number): ReadYaml {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => matterFirstLine + lineCounter.linePos(offset).line - 1;
  const yamlErrors: ParsedFile['yamlErrors'] = [];
  for (const problem of [...document.errors, ...document.warnings]) {
    yamlErrors.push({ line: toFileLine(problem.pos[0]), message: cleanYamlMessage(problem.message) });
  }
  let data: unknown;
  if (yamlErrors.length === 0) {
    try {
      data = document.toJS({ maxAliasCount: 50 });
    } catch (error) {
      yamlErrors.push({ line: matterFirstLine, message: cleanYamlMessage(String(error)) });
    }
  }
  const lineOf = (path: FieldPath): number => {
    for (let depth = path.length; depth > 0; depth--) {
      const offset = keyOffset(document, path.slice(0, depth));
      if (offset !== undefined) return toFileLine(offset);
    }
    return 1;
  };
  return { data, lineOf, yamlErrors };
}

/** `.inf`, `.nan` and the like do not survive JSON: such front matter is read every time. */
function survivesJson(data: unknown): boolean {
  try {
    return isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data);
  } catch {
    return false;
  }
}

/** 1-based line number of a character offset. */
function countLines(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Offset of the key (for map entries) or the item (for list entries) at a path. */
function keyOffset(document: Document, path: FieldPath): number | undefined {
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const step of path) {
    if (isMap(node) && typeof step === 'string') {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === step);
      if (!pair || !isPair(pair)) return undefined;
      offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step];
      if (!item) return undefined;
      offset = (item as { range?: [number, number, number] }).range?.[0];
      node = item;
    } else {
      return undefined;
    }
  }
  return offset;
}

/**
 * What the YAML parser's commonest complaints mean, in the editor's words. The parser's English
 * stays in the message after them, for anyone who asks a developer.
 */
const YAML_EXPLANATIONS: [RegExp, string][] = [
  [/^Map keys must be unique/, 'een veld staat er twee keer in'],
  [/^Tabs are not allowed as indentation/, 'er is ingesprongen met een tab; gebruik spaties'],
  [/^Missing closing .?quote/, 'een aanhalingsteken is niet gesloten'],
  [/^Flow sequence in block collection/, 'een lijst mist de sluitende ]'],
  [
    /^Plain value cannot start with/,
    'een waarde begint met een teken dat YAML niet toestaat; zet hem tussen aanhalingstekens',
  ],
  [
    /^Unexpected scalar at node end/,
    "tekst na het einde van een waarde, vaak een apostrof in een waarde tussen enkele aanhalingstekens ('Kok's record'); gebruik dubbele",
  ],
  [/^Implicit (?:map )?keys need/, 'het inspringen klopt niet, of een regel is geen veld: waarde'],
  [/compact mappings|Nested mappings/, 'een waarde bevat een dubbele punt met een spatie erna'],
];

/** Turns a `yaml` error into an editor's message: what was expected, and what was found. */
function cleanYamlMessage(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  const tag = /Unresolved tag: (\S+)/.exec(firstLine);
  if (tag) return `verwacht gewone YAML-waarden zonder tags; gevonden: de tag ${tag[1]}`;
  if (/alias count/i.test(firstLine)) {
    return 'verwacht front matter zonder opgestapelde YAML-aliassen; gevonden: meer dan 50 keer een alias uitgepakt (een aliasbom)';
  }
  const hint = /compact mappings|Implicit map keys|Nested mappings/.test(firstLine)
    ? '; een waarde met ": " erin moet tussen aanhalingstekens, zoals title: "Kok: wereldrecord"'
    : '';
  const explanation = YAML_EXPLANATIONS.find(([pattern]) => pattern.test(firstLine))?.[1];
  const found = explanation ? `${explanation} (${firstLine})` : firstLine;
  return `verwacht front matter in geldige YAML; gevonden: geen geldige YAML: ${found}${hint}`;
}
