import { createHash } from 'node:crypto';

/**
 * A GUID that is always the same for the same id and purpose (a name-based, version 5 style
 * UUID), so exporting twice gives the same GUIDs for notes and codings, which have no id of their own.
 */
export function derivedGuid(id: string, purpose: string): string {
  const hex = createHash('sha1').update(`${purpose}:${id}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
