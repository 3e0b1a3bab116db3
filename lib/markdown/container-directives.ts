import { directiveFromMarkdown } from 'mdast-util-directive';
import { directive } from 'micromark-extension-directive';
import type { Construct } from 'micromark-util-types';
import type { Processor } from 'unified';

/**
 * The generic directive syntax, container form only (`:::quote{...}` ... `:::`). The text and
 * leaf forms (`:word`, `::word`) are not ours, and editors write them by accident: with them,
 * "Let op:dit" lost its words and "Contact:jan.de.vries@knsb.nl" linked to
 * `mailto:.de.vries@knsb.nl`. micromark-extension-directive exports only the three forms
 * together; its flow constructs are [container, leaf], in that order.
 */
export function remarkContainerDirectives(this: Processor): void {
  const flow = directive().flow?.[58];
  const container: Construct | undefined = Array.isArray(flow) ? flow[0] : undefined;
  if (!container) throw new Error('micromark-extension-directive no longer has its container construct first');
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ flow: { 58: container } });
  (data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown());
}
