/** XML helpers shared by the XML serializers. */

/** Characters XML 1.0 forbids (C0 controls but tab/newlines, lone surrogates, U+FFFE/U+FFFF). */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that may not appear in an XML document at all. */
export function xmlSafe(s: string): string {
  return s.replace(XML_INVALID, '');
}

/** Escapes text for an XML element body or a double-quoted attribute. */
export function xmlEscape(s: string): string {
  return xmlSafe(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;');
}
