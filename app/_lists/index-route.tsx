import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { CurrentSection } from '@/components/layout/CurrentSection';
import { Breadcrumbs } from '@/components/navigation/Breadcrumbs';
import type { MenuSection } from '@/lib/navigation';
import { paths } from '@/lib/paths';
import { pageMetadata } from '@/lib/seo/metadata';
import { getSiteModel, type SiteModel } from '@/lib/site-model';

// The index pages a reader finds by shortening an address (/rubriek/, /tags/, /auteurs/,
// /wedstrijden/), written once: each route file says only its words and what it lists.

type IndexPage = {
  title: string;
  description: string;
  path: string;
  /** The main menu's section the page is in, if any. */
  section?: MenuSection;
  /** What the page lists, under its heading. */
  render: (model: SiteModel) => ReactNode;
};

export function indexRoute({ title, description, path, section, render }: IndexPage) {
  return {
    metadata: pageMetadata({ title, description, path }) satisfies Metadata,
    Page() {
      return (
        <>
          <CurrentSection section={section} />
          <Breadcrumbs
            trail={[
              { name: 'Voorpagina', path: paths.home() },
              { name: title, path },
            ]}
          />
          <h1 className="page-title">{title}</h1>
          {render(getSiteModel())}
        </>
      );
    },
  };
}
