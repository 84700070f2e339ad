/**
 * A text translated once with its placeholders kept, then filled in per use. For the thousands of
 * labels of one screen (a matrix's cells) where translating each label costs more than drawing it:
 * `translate` gets a marker for each name and must return the translated text with them in place.
 */
export function textTemplate<N extends string>(
  names: readonly N[],
  translate: (markers: Record<N, string>) => string,
): (values: Record<N, string>) => string {
  // markers from Unicode's private use area, which no translation contains
  const markers = Object.fromEntries(names.map((name, i) => [name, `\uE000${i}\uE001`])) as Record<N, string>;
  // even indexes are literal text, odd ones the index of a name
  const parts = translate(markers).split(/\uE000(\d+)\uE001/);
  return (values) => {
    let text = '';
    for (let i = 0; i < parts.length; i++) text += i % 2 === 0 ? parts[i] : values[names[Number(parts[i])]!];
    return text;
  };
}
