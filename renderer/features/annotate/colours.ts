/** Colours a highlight can take instead of its tag's: light enough to read dark text on. */
export const HIGHLIGHT_COLOURS: readonly { name: string; value: string }[] = [
  { name: 'Yellow', value: '#f2c94c' },
  { name: 'Green', value: '#6fcf97' },
  { name: 'Blue', value: '#56ccf2' },
  { name: 'Pink', value: '#f78fb3' },
  { name: 'Orange', value: '#f2994a' },
  { name: 'Purple', value: '#bb86fc' },
];
