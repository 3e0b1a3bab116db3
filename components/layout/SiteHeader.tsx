import { siteConfig } from '@/lib/config';
import { MAIN_MENU } from '@/lib/navigation';
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
            {MAIN_MENU.map((link) => (
              <li key={link.path}>
                <a href={link.path} data-section={link.section}>
                  {link.name}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm id="zoeken-kop" />
      </div>
    </header>
  );
}
