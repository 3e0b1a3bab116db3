import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Block } from '../types';
import { fileLine, type BlockContext } from './context';
import { checkMarkdownLimits } from './limits';
import { fixBlockOpenings, reportStrayBlockLines } from './block-openings';
import { renderBody } from './body-html';
import { parseMarkdown } from './processor';
import { parseQuote } from './quote';
import { parseResults } from './results';

/** A link or image in the body that points into the site, with its file line: check resolves it. */
export type SiteReference = { url: string; line: number; kind: 'link' | 'image' };

export type ParsedBody = {
  blocks: Block[];
  wordCount: number;
  /** Links and images to site paths (`/...`), for the check that they lead somewhere. */
  references: SiteReference[];
  /** Skaters the results tables name (linked rows and team members). */
  namedAthletes: string[];
  /** The opening line of each results block in `blocks`, in order: where a check of races points. */
  resultsLines: number[];
};

/**
 * Turns an article body into its ordered blocks: runs of ordinary Markdown become prose
 * (sanitised HTML), `:::quote` and `:::results` become typed blocks for their components.
 * Problems go to `context.report`; a broken block is left out of the result (the build
 * fails on the reported problem, so no page shows half a block).
 */
export function parseBody(markdown: string, context: BlockContext): ParsedBody {
  const beyond = checkMarkdownLimits(markdown);
  if (beyond) {
    context.report(beyond.line + context.lineOffset, beyond.field, beyond.message);
    return { blocks: [], wordCount: 0, references: [], namedAthletes: [], resultsLines: [] };
  }
  const parsed = parseMarkdown(markdown);
  const fixed = fixBlockOpenings(markdown, parsed);
  const tree = fixed === markdown ? parsed : parseMarkdown(fixed);
  reportStrayBlockLines(fixed, tree, context);
  const references: SiteReference[] = [];
  visit(tree, ['link', 'image'], (node) => {
    if ((node.type === 'link' || node.type === 'image') && /^\/(?!\/)/.test(node.url)) {
      references.push({ url: node.url, line: fileLine(context, node), kind: node.type });
    }
  });
  const html = renderBody(tree);
  const blocks: Block[] = [];
  const resultsLines: number[] = [];
  let prose: RootContent[] = [];
  let wordCount = 0;

  const flushProse = () => {
    if (prose.length > 0) {
      blocks.push({ kind: 'prose', html: html.of(prose) });
    }
    prose = [];
  };

  for (const node of tree.children) {
    if (node.type !== 'containerDirective') {
      if (node.type !== 'definition' && node.type !== 'footnoteDefinition') prose.push(node);
      wordCount += countWords(toString(node));
      continue;
    }
    flushProse();
    if (node.name === 'quote') {
      const quote = parseQuote(node, html.inside(node), context);
      if (quote) blocks.push(quote);
      wordCount += countWords(toString(node));
    } else if (node.name === 'results') {
      const results = parseResults(node, context);
      if (results) {
        blocks.push(results);
        resultsLines.push(fileLine(context, node));
      }
    } else {
      context.report(
        fileLine(context, node),
        `:::${node.name}`,
        `onbekend blok; verwacht :::quote of :::results; gevonden: :::${node.name}`,
      );
    }
  }
  flushProse();
  if (html.footnotes) blocks.push({ kind: 'prose', html: html.footnotes });
  const namedAthletes = new Set<string>();
  for (const block of blocks) {
    if (block.kind !== 'results') continue;
    for (const row of block.rows) {
      for (const entry of [row, ...row.members]) if (entry.athlete) namedAthletes.add(entry.athlete.name);
    }
  }
  return { blocks, wordCount, references, namedAthletes: [...namedAthletes], resultsLines };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
