// js-yaml ships no types (it is here as an electron-builder dependency); the one call the tests make.
declare module 'js-yaml' {
  export function load(text: string): unknown;
}
