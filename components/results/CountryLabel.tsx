import { countryName } from '@/lib/countries';

type Props = { code: string };

/**
 * A country as its IOC code with the Dutch name: the name is shown where there is room and
 * stays available to screen readers on a phone. (Flag emoji were left out: Windows shows
 * them as two letters, which next to the code reads as noise.)
 */
export function CountryLabel({ code }: Props) {
  return (
    <span className="country">
      <span className="country-name">{countryName(code)} </span>
      <span className="country-code">{code}</span>
    </span>
  );
}
