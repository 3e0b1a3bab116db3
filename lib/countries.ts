/**
 * IOC country codes of the nations that take part in speed skating, with their Dutch names
 * and ISO 3166 codes (for flags). A code that is not here is a content error, so a typo such
 * as `NDE` cannot pass; add a nation here when it really is new to the sport.
 */
const COUNTRIES: Record<string, { name: string; iso?: string }> = {
  AIN: { name: 'Individuele Neutrale Atleten' },
  AND: { name: 'Andorra', iso: 'AD' },
  ARG: { name: 'Argentinië', iso: 'AR' },
  AUS: { name: 'Australië', iso: 'AU' },
  AUT: { name: 'Oostenrijk', iso: 'AT' },
  BEL: { name: 'België', iso: 'BE' },
  BLR: { name: 'Belarus', iso: 'BY' },
  BRA: { name: 'Brazilië', iso: 'BR' },
  BUL: { name: 'Bulgarije', iso: 'BG' },
  CAN: { name: 'Canada', iso: 'CA' },
  CHI: { name: 'Chili', iso: 'CL' },
  CHN: { name: 'China', iso: 'CN' },
  COL: { name: 'Colombia', iso: 'CO' },
  CRO: { name: 'Kroatië', iso: 'HR' },
  CZE: { name: 'Tsjechië', iso: 'CZ' },
  DEN: { name: 'Denemarken', iso: 'DK' },
  ESP: { name: 'Spanje', iso: 'ES' },
  EST: { name: 'Estland', iso: 'EE' },
  FIN: { name: 'Finland', iso: 'FI' },
  FRA: { name: 'Frankrijk', iso: 'FR' },
  GBR: { name: 'Groot-Brittannië', iso: 'GB' },
  GER: { name: 'Duitsland', iso: 'DE' },
  GRE: { name: 'Griekenland', iso: 'GR' },
  HKG: { name: 'Hongkong', iso: 'HK' },
  HUN: { name: 'Hongarije', iso: 'HU' },
  IND: { name: 'India', iso: 'IN' },
  IRL: { name: 'Ierland', iso: 'IE' },
  ISL: { name: 'IJsland', iso: 'IS' },
  ISR: { name: 'Israël', iso: 'IL' },
  ITA: { name: 'Italië', iso: 'IT' },
  JPN: { name: 'Japan', iso: 'JP' },
  KAZ: { name: 'Kazachstan', iso: 'KZ' },
  KOR: { name: 'Zuid-Korea', iso: 'KR' },
  LAT: { name: 'Letland', iso: 'LV' },
  LTU: { name: 'Litouwen', iso: 'LT' },
  LUX: { name: 'Luxemburg', iso: 'LU' },
  MEX: { name: 'Mexico', iso: 'MX' },
  MGL: { name: 'Mongolië', iso: 'MN' },
  NED: { name: 'Nederland', iso: 'NL' },
  NOR: { name: 'Noorwegen', iso: 'NO' },
  NZL: { name: 'Nieuw-Zeeland', iso: 'NZ' },
  PHI: { name: 'Filipijnen', iso: 'PH' },
  POL: { name: 'Polen', iso: 'PL' },
  POR: { name: 'Portugal', iso: 'PT' },
  PRK: { name: 'Noord-Korea', iso: 'KP' },
  ROU: { name: 'Roemenië', iso: 'RO' },
  RSA: { name: 'Zuid-Afrika', iso: 'ZA' },
  RUS: { name: 'Rusland', iso: 'RU' },
  SLO: { name: 'Slovenië', iso: 'SI' },
  SRB: { name: 'Servië', iso: 'RS' },
  SUI: { name: 'Zwitserland', iso: 'CH' },
  SVK: { name: 'Slowakije', iso: 'SK' },
  SWE: { name: 'Zweden', iso: 'SE' },
  THA: { name: 'Thailand', iso: 'TH' },
  TPE: { name: 'Chinees Taipei', iso: 'TW' },
  TUR: { name: 'Turkije', iso: 'TR' },
  UKR: { name: 'Oekraïne', iso: 'UA' },
  USA: { name: 'Verenigde Staten', iso: 'US' },
};

export function isKnownCountry(code: string): boolean {
  return Object.hasOwn(COUNTRIES, code);
}

/** The Dutch name of an IOC code; the code itself when unknown (validation has refused those). */
export function countryName(code: string): string {
  return COUNTRIES[code]?.name ?? code;
}

/** The flag emoji of an IOC code, or undefined (neutral athletes have none). */
export function countryFlag(code: string): string | undefined {
  const iso = COUNTRIES[code]?.iso;
  if (!iso) return undefined;
  return String.fromCodePoint(...[...iso].map((letter) => 0x1f1e6 + letter.charCodeAt(0) - 65));
}
