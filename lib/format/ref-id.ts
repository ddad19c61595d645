/** Two-digit year, post letters (a few release ids carry digits there too), serial number. */
const CANONICAL_REF_ID = /^\d{2}[0-9A-Z]*[A-Z][0-9A-Z]*\d$/;

export function isCanonicalRefId(refId: string): boolean {
  return refId.length <= 40 && CANONICAL_REF_ID.test(refId);
}

/** A reference id from a URL path segment, in canonical (upper-case) form, or null. */
export function refIdFromPathSegment(segment: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    return null;
  }
  const candidate = decoded.trim().toUpperCase();
  return isCanonicalRefId(candidate) ? candidate : null;
}
