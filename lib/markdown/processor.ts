import type { Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkHtml from 'remark-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
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
const htmlCompiler = unified().use(remarkHtml, { sanitize: true }).freeze();

/** Parses a Markdown body (CommonMark, GFM, container directives) into a syntax tree. Never throws. */
export function parseMarkdown(markdown: string): Root {
  const file = new VFile(markdown);
  return parser.runSync(parser.parse(file), file);
}

/** Renders Markdown nodes to sanitised HTML. */
export function renderHtml(nodes: RootContent[]): string {
  return htmlCompiler.stringify({ type: 'root', children: nodes }).trim();
}

/** Renders a whole Markdown text (a biography, say) to sanitised HTML. */
export function markdownToHtml(markdown: string): string {
  return renderHtml(parseMarkdown(markdown).children);
}
