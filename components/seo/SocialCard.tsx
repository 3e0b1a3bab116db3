import { siteConfig } from '@/lib/config';
import { SOCIAL_IMAGE } from '@/lib/seo/metadata';

type Props = {
  title: string;
  kicker: string;
  /** The article's photo as a data URL, already 1200×630 (see socialBackground); none for the plain blue card. */
  background?: string;
};

// Rendered by satori (lib/seo/social-image.tsx), not by a browser: flex layout and inline styles only.
const colours = { background: '#0b4f8a', text: '#ffffff', kicker: '#9fd3ff', line: '#ffffff' };

// Over a photo: dark blue, darkest where the headline and the site's name stand, so that
// white text stays readable on snow, ice and bright sky alike.
const overlay =
  'linear-gradient(180deg, rgba(4, 26, 48, 0.55) 0%, rgba(4, 26, 48, 0.72) 45%, rgba(4, 26, 48, 0.9) 100%)';

const fill = { position: 'absolute', top: 0, left: 0, width: '100%', height: '100%' } as const;

/** The picture a shared link shows: kicker, headline and the site's name on the site's blue, or on the article's photo. */
export function SocialCard({ title, kicker, background }: Props) {
  const titleSize = title.length > 90 ? 54 : title.length > 50 ? 64 : 76;
  return (
    <div
      style={{
        position: 'relative',
        width: '100%',
        height: '100%',
        display: 'flex',
        background: colours.background,
        color: colours.text,
        fontFamily: 'Inter',
      }}
    >
      {background ? (
        // satori draws a plain img; the photo is decorative here (the page describes it).
        // eslint-disable-next-line @next/next/no-img-element
        <img src={background} alt="" width={SOCIAL_IMAGE.width} height={SOCIAL_IMAGE.height} style={fill} />
      ) : null}
      {background ? <div style={{ ...fill, display: 'flex', backgroundImage: overlay }} /> : null}
      <div
        style={{
          position: 'relative',
          width: '100%',
          height: '100%',
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'space-between',
          padding: '64px 72px',
          ...(background ? { textShadow: '0 2px 12px rgba(0, 0, 0, 0.45)' } : {}),
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
    </div>
  );
}
