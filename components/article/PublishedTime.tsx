import { formatDateNl, formatDateTimeNl, isoInSiteZone } from '@/lib/dates';

type Props = { date: Date; withTime?: boolean };

/** A moment as a `<time>` element, in Dutch and in Amsterdam time whatever the build machine's zone. */
export function PublishedTime({ date, withTime = true }: Props) {
  return <time dateTime={isoInSiteZone(date)}>{withTime ? formatDateTimeNl(date) : formatDateNl(date)}</time>;
}
