import Link from 'next/link';
import { siteConfig } from '@/lib/config';
import { paths } from '@/lib/labels';
import { SearchForm } from '../search/SearchForm';

/** The site's masthead: name and the main sections. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href={paths.home()} className="site-name">
          {siteConfig.name}
        </Link>
        <nav aria-label="Hoofdmenu">
          <ul>
            <li>
              <Link href={paths.home()}>Nieuws</Link>
            </li>
            <li>
              <Link href={paths.category('uitslagen')}>Uitslagen</Link>
            </li>
            <li>
              <Link href={paths.category('column')}>Columns</Link>
            </li>
            <li>
              <Link href={paths.athletes()}>Schaatsers</Link>
            </li>
            <li>
              <Link href={paths.calendar()}>Kalender</Link>
            </li>
          </ul>
        </nav>
        <SearchForm id="zoeken-kop" />
      </div>
    </header>
  );
}
