import type { Root as HastRoot } from 'hast';
import type { Root, RootContent } from 'mdast';
import { htmlOf, toHtmlTree } from './processor';

/** The HTML of a body's parts, cut from one HTML tree of the whole body. */
export type BodyHtml = {
  /** A run of top-level nodes; link definitions and footnote definitions are nothing of their own. */
  of: (nodes: RootContent[]) => string;
  /** The content of a top-level `:::` block. */
  inside: (node: RootContent) => string;
  /** The body's footnotes, numbered in the order of their markers in the whole body; undefined without any. */
  footnotes: string | undefined;
};

/**
 * Renders a body once, so that a link reference finds its definition and a footnote marker its
 * note wherever in the body they stand, quotes included, and footnotes are numbered once.
 * The HTML tree keeps each top-level node's position, which finds the node's part again.
 */
export function renderBody(tree: Root): BodyHtml {
  const hast: HastRoot = toHtmlTree(tree);
  const indexByStart = new Map<number, number>();
  hast.children.forEach((node, index) => {
    const start = node.position?.start.offset;
    if (start !== undefined) indexByStart.set(start, index);
  });
  const indexOf = (node: RootContent) => {
    const start = node.position?.start.offset;
    return start === undefined ? undefined : indexByStart.get(start);
  };
  const footnotes = hast.children.find((node) => node.type === 'element' && node.properties.dataFootnotes);
  return {
    of: (nodes) => {
      const indices = nodes.map(indexOf).filter((index) => index !== undefined);
      if (indices.length === 0) return '';
      return htmlOf(hast.children.slice(Math.min(...indices), Math.max(...indices) + 1));
    },
    inside: (node) => {
      const index = indexOf(node);
      const element = index === undefined ? undefined : hast.children[index];
      return element?.type === 'element' ? htmlOf(element.children) : '';
    },
    footnotes: footnotes ? htmlOf([footnotes]) : undefined,
  };
}
