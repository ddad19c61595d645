/** The one place that spells the archive's URLs. */

export function cableHref(refId: string, anchor?: string): string {
  return `/cable/${encodeURIComponent(refId)}${anchor ? `#${anchor}` : ""}`;
}

export function tagHref(code: string): string {
  return `/tags/${encodeURIComponent(code)}`;
}

export function postHref(name: string): string {
  return `/posts/${encodeURIComponent(name)}`;
}

export function personHref(slug: string): string {
  return `/people/${encodeURIComponent(slug)}`;
}
