import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const ONE_LOWER = { 1: 2, 2: 3, 3: 4, 4: 5, 5: 6, 6: 6 } as const;

/**
 * The page's title is its one `<h1>`. A text that uses `#` for its headings anyway gets every
 * heading one level lower (`#` → h2, `##` → h3, up to h6), so its own order of levels stays.
 */
export function remarkDemoteHeadings() {
  return (tree: Root) => {
    let hasTopLevel = false;
    visit(tree, 'heading', (heading) => {
      if (heading.depth === 1) hasTopLevel = true;
    });
    if (!hasTopLevel) return;
    visit(tree, 'heading', (heading) => {
      heading.depth = ONE_LOWER[heading.depth];
    });
  };
}
