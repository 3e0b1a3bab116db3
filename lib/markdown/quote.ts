import type { ContainerDirective } from 'mdast-util-directive';
import type { QuoteBlock } from '../types';
import { fileLine, type BlockContext } from './context';

const QUOTE_ATTRIBUTES = ['by', 'source', 'cite'];

/**
 * Turns a `:::quote{by=...}` directive, and the HTML of its words, into a quote block; reports
 * problems and returns undefined for a broken one.
 */
export function parseQuote(node: ContainerDirective, html: string, context: BlockContext): QuoteBlock | undefined {
  const line = fileLine(context, node);
  const attributes = node.attributes ?? {};
  let broken = false;
  const problem = (field: string, message: string) => {
    context.report(line, field, message);
    broken = true;
  };

  for (const name of Object.keys(attributes)) {
    if (!QUOTE_ATTRIBUTES.includes(name)) {
      problem(
        `quote ${name}`,
        `onbekend attribuut; verwacht by, source of cite; gevonden: ${name}="${attributes[name] ?? ''}"`,
      );
    }
  }
  const by = attributes.by?.trim();
  if (!by) problem('quote by', 'verwacht de naam van wie het zei, als by="Naam"; gevonden: niets');
  const source = attributes.source?.trim() || undefined;
  const cite = attributes.cite?.trim() || undefined;
  if (cite !== undefined && !/^https?:\/\/[^\s]+$/.test(cite)) {
    problem('quote cite', `verwacht een webadres dat begint met http:// of https://; gevonden: "${cite}"`);
  }
  if (node.children.length === 0)
    problem('quote', 'verwacht de geciteerde woorden tussen :::quote en :::; gevonden: niets');
  for (const child of node.children) {
    if (child.type === 'containerDirective') {
      context.report(
        fileLine(context, child),
        `quote`,
        `verwacht tekst in een citaat; gevonden: een :::${child.name}-blok`,
      );
      broken = true;
    }
  }
  if (broken || !by) return undefined;

  const speaker = context.findAthlete(by);
  return {
    kind: 'quote',
    html,
    by,
    ...(speaker ? { speaker } : {}),
    ...(source ? { source } : {}),
    ...(cite ? { cite } : {}),
  };
}
