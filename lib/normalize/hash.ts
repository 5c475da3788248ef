/**
 * A small synchronous string hash for stable keys (items without guid or link).
 *
 * cyrb53 (public domain, bryc): 53 well-mixed bits from two 32-bit Murmur-style lanes.
 * Not cryptographic; it only has to be stable across runs and machines and to spread
 * similar inputs apart, which it does without needing async WebCrypto.
 */
export function hashString(input: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < input.length; i++) {
    const ch = input.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  // Fixed width so keys sort and compare predictably.
  return value.toString(16).padStart(14, '0');
}
