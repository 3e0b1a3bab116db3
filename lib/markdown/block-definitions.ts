import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/**
 * Link definitions (`[naam]: https://…`) written inside a `:::` block, as definition lines for
 * the end of the body. The Markdown parser decides what is a link reference while it reads, and
 * it knows only the definitions outside such blocks; appended to the body, the ones inside are
 * known everywhere too. (Definitions outside are already known inside.)
 */
export function definitionsInBlocks(tree: Root): string[] {
  const lines: string[] = [];
  visit(tree, 'containerDirective', (block) => {
    visit(block, 'definition', (definition) => {
      const title = definition.title ? ` "${definition.title.replace(/["\\]/g, '\\$&')}"` : '';
      const label = definition.label ?? definition.identifier;
      lines.push(`[${label}]: <${definition.url.replace(/[<>\\]/g, '\\$&')}>${title}`);
    });
  });
  return lines;
}
