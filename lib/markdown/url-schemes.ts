import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/**
 * URL schemes are case-insensitive (RFC 3986, 3.1), but the sanitiser compares them with its
 * allow-list as written, so `HTTPS://…` or `<MAILTO:…>` lost its href. Written in lower case
 * here, before sanitising; a disallowed scheme (`JAVASCRIPT:`) is still refused there.
 */
export function remarkLowerCaseSchemes() {
  return (tree: Root) => {
    visit(tree, ['link', 'image', 'definition'], (node) => {
      if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
        node.url = node.url.replace(SCHEME, (scheme) => scheme.toLowerCase());
      }
    });
  };
}
