/**
 * IOC country codes of the nations that take part in speed skating, with their Dutch names. A code that is not here is a content error, so a typo such
 * as `NDE` cannot pass; add a nation here when it really is new to the sport.
 */
const COUNTRIES: Record<string, string> = {
  AIN: 'Individuele Neutrale Atleten',
  AND: 'Andorra',
  ARG: 'Argentinië',
  AUS: 'Australië',
  AUT: 'Oostenrijk',
  BEL: 'België',
  BLR: 'Belarus',
  BRA: 'Brazilië',
  BUL: 'Bulgarije',
  CAN: 'Canada',
  CHI: 'Chili',
  CHN: 'China',
  COL: 'Colombia',
  CRO: 'Kroatië',
  CZE: 'Tsjechië',
  DEN: 'Denemarken',
  ESP: 'Spanje',
  EST: 'Estland',
  FIN: 'Finland',
  FRA: 'Frankrijk',
  GBR: 'Groot-Brittannië',
  GER: 'Duitsland',
  GRE: 'Griekenland',
  HKG: 'Hongkong',
  HUN: 'Hongarije',
  IND: 'India',
  IRL: 'Ierland',
  ISL: 'IJsland',
  ISR: 'Israël',
  ITA: 'Italië',
  JPN: 'Japan',
  KAZ: 'Kazachstan',
  KOR: 'Zuid-Korea',
  LAT: 'Letland',
  LTU: 'Litouwen',
  LUX: 'Luxemburg',
  MEX: 'Mexico',
  MGL: 'Mongolië',
  NED: 'Nederland',
  NOR: 'Noorwegen',
  NZL: 'Nieuw-Zeeland',
  PHI: 'Filipijnen',
  POL: 'Polen',
  POR: 'Portugal',
  PRK: 'Noord-Korea',
  ROU: 'Roemenië',
  RSA: 'Zuid-Afrika',
  RUS: 'Rusland',
  SLO: 'Slovenië',
  SRB: 'Servië',
  SUI: 'Zwitserland',
  SVK: 'Slowakije',
  SWE: 'Zweden',
  THA: 'Thailand',
  TPE: 'Chinees Taipei',
  TUR: 'Turkije',
  UKR: 'Oekraïne',
  USA: 'Verenigde Staten',
};

export function isKnownCountry(code: string): boolean {
  return Object.hasOwn(COUNTRIES, code);
}

/** The Dutch name of an IOC code; the code itself when unknown (validation has refused those). */
export function countryName(code: string): string {
  return COUNTRIES[code] ?? code;
}
