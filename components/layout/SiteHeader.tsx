import { siteConfig } from '@/lib/config';
import { paths } from '@/lib/paths';
import { SearchForm } from '../search/SearchForm';

/** The site's masthead: name and the main sections. */
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <a href={paths.home()} className="site-name">
          {siteConfig.name}
        </a>
        <nav aria-label="Hoofdmenu">
          <ul>
            <li>
              <a href={paths.home()}>Nieuws</a>
            </li>
            <li>
              <a href={paths.category('uitslagen')}>Uitslagen</a>
            </li>
            <li>
              <a href={paths.category('column')}>Columns</a>
            </li>
            <li>
              <a href={paths.athletes()}>Schaatsers</a>
            </li>
            <li>
              <a href={paths.calendar()}>Kalender</a>
            </li>
          </ul>
        </nav>
        <SearchForm id="zoeken-kop" />
      </div>
    </header>
  );
}
