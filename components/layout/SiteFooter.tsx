import { siteConfig } from '@/lib/config';

/** The footer: what the site is. */
export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        {siteConfig.name}: {siteConfig.tagline.toLowerCase()}.
      </p>
    </footer>
  );
}
