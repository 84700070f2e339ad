/** Text for matching as a person means it: case and accents ignored ("Malmö" ~ "malmo", "Bjørn" ~ "bjorn"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/Ø/g, 'o')
    .replace(/Æ/g, 'ae')
    .toLowerCase();
}
