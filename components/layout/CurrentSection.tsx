import type { MenuSection } from '@/lib/navigation';

type Props = { section: MenuSection | undefined };

/**
 * Says which section of the main menu a page is in. The header is the same on every page (the
 * root layout renders it before the page), so the page leaves this mark and the stylesheet
 * marks the menu's link from it (`body:has(...)`, app/globals.css): no script. Screen readers
 * find where they are in the page's breadcrumb trail.
 */
export function CurrentSection({ section }: Props) {
  return section ? <span hidden data-current-section={section} /> : null;
}
