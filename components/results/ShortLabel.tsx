type Props = { short: string; full: string; className?: string };

/** A short code on screen, its full Dutch meaning on hover and for screen readers (who skip `title`). */
export function ShortLabel({ short, full, className = 'short-label' }: Props) {
  return (
    <span className={className} title={full}>
      <span aria-hidden="true">{short}</span>
      <span className="visually-hidden">{full}</span>
    </span>
  );
}
