/** A colour offered by name, so the choice is not by colour alone. */
export interface Swatch {
  name: string;
  /** `#rrggbb`, lower case. */
  value: string;
}

/** Twelve tag colours that stay apart from each other and readable as swatches on white. */
export const TAG_COLOURS: readonly Swatch[] = [
  { name: 'Blue', value: '#1f77b4' },
  { name: 'Red', value: '#d62728' },
  { name: 'Green', value: '#2ca02c' },
  { name: 'Orange', value: '#ff7f0e' },
  { name: 'Purple', value: '#9467bd' },
  { name: 'Brown', value: '#8c564b' },
  { name: 'Pink', value: '#e377c2' },
  { name: 'Grey', value: '#7f7f7f' },
  { name: 'Olive', value: '#bcbd22' },
  { name: 'Teal', value: '#17becf' },
  { name: 'Navy', value: '#393b79' },
  { name: 'Gold', value: '#b8860b' },
];

/** Colours a highlight can take instead of its tag's: light enough to read dark text on. */
export const HIGHLIGHT_COLOURS: readonly Swatch[] = [
  { name: 'Yellow', value: '#f2c94c' },
  { name: 'Green', value: '#6fcf97' },
  { name: 'Blue', value: '#56ccf2' },
  { name: 'Pink', value: '#f78fb3' },
  { name: 'Orange', value: '#f2994a' },
  { name: 'Purple', value: '#bb86fc' },
];

/** A colour as `#rrggbb` (lower case; `#rgb` widened), or null when it is not one. */
export function normaliseHex(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/^(?!#)/, '#');
  if (/^#[0-9a-f]{6}$/.test(value)) return value;
  if (/^#[0-9a-f]{3}$/.test(value)) return `#${[...value.slice(1)].map((c) => c + c).join('')}`;
  return null;
}
