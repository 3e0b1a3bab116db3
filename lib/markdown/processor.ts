import { defaultSchema, type Schema } from 'hast-util-sanitize';
import type { Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { remarkEscapeRawHtml } from './escape-raw-html';
import { remarkRestoreUnknownDirectives } from './restore-unknown-directives';

// Built once: unified processors are reusable and freezing them avoids per-file setup.
const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkDirective)
  .use(remarkRestoreUnknownDirectives)
  .use(remarkEscapeRawHtml)
  .freeze();

// Sanitising is on (GitHub's schema via hast-util-sanitize) and stated, not left to a default:
// it drops event handlers, `javascript:`/`data:` URLs, scripts and frames should anything slip
// past the escaping step above.
// The one addition to it: images may say how they load (`loading`, `decoding`), which only
// the renderer below sets.
const schema: Schema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), ['loading', 'lazy'], ['decoding', 'async']],
  },
};
const htmlCompiler = unified().use(remarkHtml, { sanitize: schema }).freeze();

/** Parses a Markdown body (CommonMark, GFM, container directives) into a syntax tree. Never throws. */
export function parseMarkdown(markdown: string): Root {
  const file = new VFile(markdown);
  return parser.runSync(parser.parse(file), file);
}

/**
 * Renders Markdown nodes to sanitised HTML. Images in the text come after the headline and
 * the lead photo: they load lazily and decode off the main thread.
 */
export function renderHtml(nodes: RootContent[]): string {
  const root: Root = { type: 'root', children: nodes };
  visit(root, 'image', (image) => {
    image.data = { ...image.data, hProperties: { ...image.data?.hProperties, loading: 'lazy', decoding: 'async' } };
  });
  return htmlCompiler.stringify(root).trim();
}

/** Renders a whole Markdown text (a biography, say) to sanitised HTML. */
export function markdownToHtml(markdown: string): string {
  return renderHtml(parseMarkdown(markdown).children);
}
