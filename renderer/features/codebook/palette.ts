/**
 * Twelve tag colours that stay apart from each other and readable as swatches on white, named
 * so the choice is not by colour alone.
 */
export const PALETTE: readonly { name: string; hex: string }[] = [
  { name: 'Blue', hex: '#1f77b4' },
  { name: 'Red', hex: '#d62728' },
  { name: 'Green', hex: '#2ca02c' },
  { name: 'Orange', hex: '#ff7f0e' },
  { name: 'Purple', hex: '#9467bd' },
  { name: 'Brown', hex: '#8c564b' },
  { name: 'Pink', hex: '#e377c2' },
  { name: 'Grey', hex: '#7f7f7f' },
  { name: 'Olive', hex: '#bcbd22' },
  { name: 'Teal', hex: '#17becf' },
  { name: 'Navy', hex: '#393b79' },
  { name: 'Gold', hex: '#b8860b' },
];

/** A colour as `#rrggbb` (lower case; `#rgb` widened), or null when it is not one. */
export function normaliseHex(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/^(?!#)/, '#');
  if (/^#[0-9a-f]{6}$/.test(value)) return value;
  if (/^#[0-9a-f]{3}$/.test(value)) return `#${[...value.slice(1)].map((c) => c + c).join('')}`;
  return null;
}
