import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

// Parents whose children are inline (phrasing) content; everywhere else HTML stands as a block.
const INLINE_PARENTS = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);

/**
 * Raw HTML never reaches a reader as markup: a pasted `<script>` or `<iframe>` is shown as
 * the text it is, so nothing an editor wrote disappears without a trace. HTML comments are
 * the one exception: they are editors' notes to each other and are left out of the page.
 * (hast-util-sanitize stays on behind this as a second wall: lib/markdown/processor.ts.)
 */
export const remarkEscapeRawHtml: Plugin<[], Root> = () => (tree: Root) => {
  visit(tree, 'html', (node, index, parent) => {
    if (!parent || index === undefined) return undefined;
    const withoutComments = node.value.replace(/<!--[\s\S]*?-->/g, '').trim();
    if (withoutComments === '') {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    const text = { type: 'text' as const, value: withoutComments, position: node.position };
    const replacement: RootContent = INLINE_PARENTS.has(parent.type)
      ? text
      : { type: 'paragraph', children: [text], position: node.position };
    parent.children.splice(index, 1, replacement as never);
    return SKIP;
  });
};
