import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Link definitions (`[naam]: https://…`) and footnotes (`[^1]: …`) written inside a `:::`
 * block, as Markdown for the end of the body. The Markdown parser decides what is a link
 * reference or a footnote marker while it reads, and it knows only the definitions outside
 * such blocks; appended to the body, the ones inside are known everywhere too. (Definitions
 * outside are already known inside.)
 */
export function definitionsInBlocks(tree: Root, markdown: string): string[] {
  const found: string[] = [];
  visit(tree, 'containerDirective', (block) => {
    visit(block, ['definition', 'footnoteDefinition'], (definition) => {
      if (definition.type === 'definition') {
        const title = definition.title ? ` "${definition.title.replace(/["\\]/g, '\\$&')}"` : '';
        const label = definition.label ?? definition.identifier;
        found.push(`[${label}]: <${definition.url.replace(/[<>\\]/g, '\\$&')}>${title}`);
      } else if (definition.type === 'footnoteDefinition') {
        // A note is Markdown of its own (paragraphs, links), so it is copied as written.
        const { start, end } = definition.position ?? {};
        if (start?.offset !== undefined && end?.offset !== undefined)
          found.push(markdown.slice(start.offset, end.offset));
      }
    });
  });
  return found;
}
