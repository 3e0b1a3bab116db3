/** The addresses a reader finds by shortening one, each with the title of the page it must give. */
export const SHORTENED_ADDRESSES: [address: string, title: string][] = [
  ['/nieuws/', 'Alle nieuws'],
  ['/rubriek/', 'Rubrieken'],
  ['/tags/', 'Onderwerpen'],
  ['/auteurs/', 'Auteurs'],
  ['/wedstrijden/', 'Wedstrijden'],
  ['/seizoen/', 'Seizoenslijsten'],
];
