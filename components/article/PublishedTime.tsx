import { formatDateNl, formatDateTimeNl, isoInSiteZone } from '@/lib/dates';

type Props = {
  date: Date;
  withTime?: boolean;
  /** The article's own date: Pagefind keeps it as the result's `datum`, which the search page shows. */
  pagefindMeta?: boolean;
};

/**
 * A moment as a `<time>` element, in Dutch and in Amsterdam time whatever the build machine's
 * zone. Without a time of day, the machine-readable value is the day alone: it claims no midnight.
 */
export function PublishedTime({ date, withTime = true, pagefindMeta = false }: Props) {
  const iso = isoInSiteZone(date);
  return (
    <time
      dateTime={withTime ? iso : iso.slice(0, 10)}
      {...(pagefindMeta ? { 'data-pagefind-meta': `datum:${formatDateNl(date)}` } : {})}
    >
      {withTime ? formatDateTimeNl(date) : formatDateNl(date)}
    </time>
  );
}
