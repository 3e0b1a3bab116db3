import { siteConfig } from '@/lib/config';

type Props = { title: string; kicker: string };

// Rendered by next/og (satori), not by a browser: flex layout and inline styles only.
const colours = { background: '#0b4f8a', text: '#ffffff', kicker: '#9fd3ff', line: '#ffffff' };

/** The picture a shared link shows: kicker, headline and the site's name on the site's blue. */
export function SocialCard({ title, kicker }: Props) {
  const titleSize = title.length > 90 ? 54 : title.length > 50 ? 64 : 76;
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: colours.background,
        color: colours.text,
        fontFamily: 'Inter',
      }}
    >
      <div style={{ display: 'flex', fontSize: 30, fontWeight: 800, letterSpacing: 2, color: colours.kicker }}>
        {kicker.toUpperCase()}
      </div>
      <div style={{ display: 'flex', fontSize: titleSize, fontWeight: 800, lineHeight: 1.1 }}>{title}</div>
      <div style={{ display: 'flex', alignItems: 'center', fontSize: 34, fontWeight: 800 }}>
        <div style={{ display: 'flex', width: 56, height: 8, marginRight: 20, background: colours.line }} />
        {siteConfig.name}
      </div>
    </div>
  );
}
