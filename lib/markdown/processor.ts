import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import type { Root } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import { toHast, type Options as ToHastOptions, type State } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { definitionsInBlocks } from './block-definitions';
import { remarkContainerDirectives } from './container-directives';
import { remarkDemoteHeadings } from './demote-headings';
import { remarkEscapeRawHtml } from './escape-raw-html';
import { remarkLowerCaseSchemes } from './url-schemes';

// Built once: unified processors are reusable and freezing them avoids per-file setup.
const parser = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkContainerDirectives)
  .use(remarkEscapeRawHtml)
  .use(remarkLowerCaseSchemes)
  .use(remarkDemoteHeadings)
  .freeze();

// Sanitising is on (GitHub's schema via hast-util-sanitize) and stated, not left to a default:
// it drops event handlers, `javascript:`/`data:` URLs, scripts and frames should anything slip
// past the escaping step above.
// Two additions to it: images may say how they load (`loading`, `decoding`), which only the
// renderer below sets; and ids are not prefixed a second time. GitHub's schema prefixes every
// id with `user-content-` against DOM clobbering, and counts on script in the page to follow
// links to them; here raw HTML never reaches the tree, so the only ids are the footnotes',
// which mdast-util-to-hast already prefixed, and their links must lead to them as written.
const schema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  // A photo in the text with a caption is a figure (see captionedPhotos below).
  tagNames: [...(defaultSchema.tagNames ?? []), 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    img: [...(defaultSchema.attributes?.img ?? []), ['loading', 'lazy'], ['decoding', 'async']],
  },
};

const toHastOptions: ToHastOptions = {
  // Footnotes for Dutch readers, with a visible heading (GitHub hides it with a class of its own CSS).
  footnoteLabel: 'Voetnoten',
  footnoteLabelProperties: {},
  footnoteBackLabel: (_referenceIndex, rereferenceIndex) =>
    rereferenceIndex > 1 ? `Terug naar de tekst (verwijzing ${rereferenceIndex})` : 'Terug naar de tekst',
  handlers: {
    // A `:::` block's content, kept apart (its own component renders it) and laid out like a blockquote's.
    containerDirective: (state: State, node: ContainerDirective): Element => {
      const element: Element = {
        type: 'element',
        tagName: 'div',
        properties: {},
        children: state.wrap(state.all(node), true),
      };
      state.patch(node, element);
      return element;
    },
  },
};

/** Parses a Markdown body (CommonMark, GFM, container directives) into a syntax tree. Never throws. */
export function parseMarkdown(markdown: string): Root {
  const tree = parse(markdown);
  const hidden = definitionsInBlocks(tree, markdown);
  // Appended after the body, so every node of the body keeps its position (and line).
  return hidden.length === 0 ? tree : parse(`${markdown}\n\n${hidden.join('\n\n')}\n`);
}

function parse(markdown: string): Root {
  const file = new VFile(markdown);
  return parser.runSync(parser.parse(file), file);
}

/**
 * A whole Markdown tree as an HTML tree, not yet sanitised: made at once so that link
 * references and footnotes resolve across the blocks of a body. Images in the text come
 * after the headline and the lead photo: they load lazily and decode off the main thread.
 */
export function toHtmlTree(root: Root): HastRoot {
  visit(root, 'image', (image) => {
    image.data = { ...image.data, hProperties: { ...image.data?.hProperties, loading: 'lazy', decoding: 'async' } };
  });
  captionedPhotos(root);
  const tree = toHast(root, toHastOptions);
  return tree.type === 'root' ? tree : { type: 'root', children: tree.type === 'doctype' ? [] : [tree] };
}

/** Sanitised HTML of part of an HTML tree. */
export function htmlOf(nodes: (HastContent | ElementContent)[]): string {
  return toHtml(sanitize({ type: 'root', children: nodes }, schema)).trim();
}

/** Renders a whole Markdown text (a biography, say) to sanitised HTML. */
export function markdownToHtml(markdown: string): string {
  return htmlOf(toHtmlTree(parseMarkdown(markdown)).children);
}

/**
 * A photo on a line of its own with a title, `![Wat er te zien is](/images/x.jpg "Bijschrift |
 * Fotograaf")`, becomes a figure: the photo, then its caption, and the maker after "Foto:".
 */
function captionedPhotos(root: Root): void {
  visit(root, 'paragraph', (paragraph) => {
    const [photo, ...rest] = paragraph.children;
    if (photo?.type !== 'image' || rest.length > 0 || !photo.title?.trim()) return;
    const [caption = '', credit] = photo.title.split('|').map((part) => part.trim());
    const text = [caption, credit ? `Foto: ${credit}` : ''].filter(Boolean).join(caption.match(/[.!?]$/) ? ' ' : '. ');
    paragraph.data = {
      ...paragraph.data,
      hName: 'figure',
      hChildren: [
        {
          type: 'element',
          tagName: 'img',
          properties: { src: photo.url, alt: photo.alt ?? '', loading: 'lazy', decoding: 'async' },
          children: [],
        },
        { type: 'element', tagName: 'figcaption', properties: {}, children: [{ type: 'text', value: text }] },
      ],
    };
  });
}
