import { basename } from "node:path";
import type { CableRecord } from "../cable/types";

import { isCanonicalRefId } from "../format/ref-id";

export { isCanonicalRefId };

/**
 * A cable is stored under its reference id, so a record without a complete one cannot land: two
 * different cables would share a key. Files published under their reference id (the cable site's
 * `06ROME1755.html`, mirrors' `06ROME1755.txt`) supply it when the text does not.
 */
export function settleIdentity(record: CableRecord, file: string): { ok: true; record: CableRecord } | { ok: false; error: string } {
  if (isCanonicalRefId(record.refId)) return { ok: true, record };
  const fromName = basename(file).replace(/\.[^.]*$/, "").toUpperCase();
  if (isCanonicalRefId(fromName)) {
    return { ok: true, record: { ...record, refId: fromName, warnings: [...record.warnings, `refId: taken from the file name (the text gave only "${record.refId}")`] } };
  }
  return { ok: false, error: `no reference id: the text does not name the post and serial number (best guess "${record.refId}"), nor does the file name` };
}
