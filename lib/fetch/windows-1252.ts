/**
 * windows-1252 as WHATWG defines it (the decoder browsers use for iso-8859-1, latin1,
 * us-ascii and windows-1252 labels). Written out because Node 20's TextDecoder decodes
 * 0x80–0x9F as C1 control characters, which would make the CLI and the extension disagree.
 */

/** Code points for bytes 0x80–0x9F; the five bytes windows-1252 leaves undefined map to their C1 twin. */
export const WINDOWS_1252_HIGH: readonly number[] = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, // 80–87 € ‚ ƒ „ … † ‡
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f, // 88–8F ˆ ‰ Š ‹ Œ   Ž
  0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, // 90–97   ‘ ’ “ ” • – —
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178, // 98–9F ˜ ™ š › œ   ž Ÿ
];

/** All 256 code points: identity except 0x80–0x9F. */
const TABLE: Uint16Array = (() => {
  const t = new Uint16Array(256);
  for (let i = 0; i < 256; i++) t[i] = i;
  WINDOWS_1252_HIGH.forEach((cp, i) => (t[0x80 + i] = cp));
  return t;
})();

/** Chunk size for String.fromCharCode: large enough to be fast, small enough for the argument limit. */
const CHUNK = 8192;

/** Decodes windows-1252 bytes; every byte maps to exactly one character, so it never fails. */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = [];
  const codes = new Uint16Array(Math.min(bytes.length, CHUNK));
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const end = Math.min(start + CHUNK, bytes.length);
    for (let i = start; i < end; i++) codes[i - start] = TABLE[bytes[i]!]!;
    parts.push(String.fromCharCode(...codes.subarray(0, end - start)));
  }
  return parts.join('');
}
