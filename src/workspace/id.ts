/**
 * Content-derived article ids: the same text dropped twice gets the same id, so it
 * replaces itself in the workspace instead of being added twice.
 */

/** 53-bit string hash (cyrb53), as 14 base-36 characters at most. */
function hash53(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** Article id for a text: `a-` + a hash of the text with its outer whitespace trimmed. */
export function articleIdFor(text: string): string {
  return `a-${hash53(text.trim())}`;
}
