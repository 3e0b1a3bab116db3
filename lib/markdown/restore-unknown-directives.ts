import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';

/**
 * remark-directive reads `:word` inside text as a text directive and `::word` on a line as a
 * leaf directive. Editors write such things by accident ("Let op:dit", "zo:n"), and the
 * generic directive syntax would make the words vanish. Only container directives
 * (`:::quote`, `:::results`) are ours, so every text and leaf directive goes back to the
 * exact text the editor wrote.
 */
export const remarkRestoreUnknownDirectives: Plugin<[], Root> = () => (tree: Root, file: VFile) => {
  const source = String(file.value);
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'textDirective' && node.type !== 'leafDirective') || !parent || index === undefined) {
      return undefined;
    }
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    const value = start !== undefined && end !== undefined ? source.slice(start, end) : `:${node.name}`;
    const text = { type: 'text' as const, value, position: node.position };
    parent.children[index] =
      node.type === 'leafDirective' ? { type: 'paragraph', children: [text], position: node.position } : text;
    return SKIP;
  });
};
