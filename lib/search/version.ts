/**
 * The Meilisearch release the archive is tested with: the one the npm package in package.json
 * ships (a unit test keeps the two equal). Index settings, ranking and facet behaviour change
 * between minor releases, so start-up checks the server it is given against it.
 */
export const TESTED_MEILI_VERSION = "1.21.0";

export type VersionVerdict = { verdict: "same" | "patch" | "newer" | "refused"; message: string };

function parts(version: string): [number, number, number] | null {
  const match = /^v?(\d+)\.(\d+)\.(\d+)/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/**
 * How a server's version compares with the tested one: same release or another patch of it runs;
 * a newer minor runs with a warning; another major, an older minor, or an unreadable version is refused.
 */
export function judgeMeiliVersion(actual: string, tested: string = TESTED_MEILI_VERSION): VersionVerdict {
  const got = parts(actual);
  const want = parts(tested)!;
  const fix = `Use Meilisearch ${want[0]}.${want[1]}.x (the version the archive is tested with), or test the archive on yours first.`;
  if (!got) return { verdict: "refused", message: `Meilisearch reports the version "${actual}", which is not a version number. ${fix}` };
  const shown = got.join(".");
  if (got[0] !== want[0] || got[1] < want[1]) return { verdict: "refused", message: `Meilisearch ${shown} is not supported: the archive is tested with ${tested}. ${fix}` };
  if (got[1] > want[1]) return { verdict: "newer", message: `Meilisearch ${shown} is newer than the tested ${tested}: it should work, but run \`npm test\` against it before relying on it.` };
  return got[2] === want[2] ? { verdict: "same", message: `Meilisearch ${shown}, as tested.` } : { verdict: "patch", message: `Meilisearch ${shown} (tested with ${tested}; patch releases are compatible).` };
}
