import type { ExportedFile } from '../../shared/domain/briefing';

/**
 * How long the file's object URL outlives the click. The desktop app shows its save dialog
 * first and reads the blob after the analyst picks a path, so the URL must not go at once.
 */
export const REVOKE_AFTER_MS = 60_000;

/** The bytes of a base64 string. */
export function base64ToBytes(data: string): Uint8Array<ArrayBuffer> {
  const binary = atob(data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Hands an export to the browser as a download: in the desktop app Electron then asks where to
 * save it, in the browser mode the browser saves it.
 */
export function downloadFile(file: ExportedFile): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(file.data)], { type: file.mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.file_name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
