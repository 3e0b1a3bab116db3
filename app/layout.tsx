import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { ContentProblems } from '@/components/layout/ContentProblems';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { getSiteModel } from '@/lib/site-model';
import { SkipLink } from '@/components/layout/SkipLink';
import { siteConfig } from '@/lib/config';
import './globals.css';

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: `${siteConfig.name}: ${siteConfig.tagline.toLowerCase()}`, template: `%s | ${siteConfig.name}` },
  description: siteConfig.tagline,
  applicationName: siteConfig.name,
  icons: { apple: '/icons/apple-touch-icon.png' },
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#0b4f8a' },
    { media: '(prefers-color-scheme: dark)', color: '#0d1b2a' },
  ],
};

type Props = { children: ReactNode };

export default function RootLayout({ children }: Props) {
  return (
    <html lang={siteConfig.language}>
      <body>
        <SkipLink />
        <SiteHeader />
        <main id="inhoud" tabIndex={-1}>
          <ContentProblems problems={getSiteModel().contentErrors} />
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
