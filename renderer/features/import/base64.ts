// A multiple of 3, so each chunk encodes to whole base64 quads and the pieces join without padding
// in between; small enough that spreading a chunk into fromCharCode never overflows the call stack.
const CHUNK_BYTES = 3 * 8192;

/** Base64 of any bytes (a 10 MB file included), built chunk by chunk. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + CHUNK_BYTES))));
  }
  return parts.join('');
}
