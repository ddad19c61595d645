import type { CableDetail } from "@/lib/db/cables";
import { cableHref } from "@/lib/format/links";

/** More nodes than this on one side would shrink the graph past reading on a phone; the lists hold the rest. */
const MAX_PER_SIDE = 12;
const WIDTH = 360;
const ROW = 26;
const TOP = 34;
const NODE_WIDTH = 112;
const NODE_HEIGHT = 20;
const COLUMN_X = { references: 62, current: WIDTH / 2, citedBy: WIDTH - 62 } as const;

type GraphNode = { refId: string; isLink: boolean };

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

export function graphSummary({ refId, referenceCount, citedByCount }: { refId: string; referenceCount: number; citedByCount: number }): string {
  return `${refId} refers to ${plural(referenceCount, "cable")} and is cited by ${citedByCount}`;
}

function Node({ node, x, y, isCurrent = false }: { node: GraphNode; x: number; y: number; isCurrent?: boolean }) {
  const box = (
    <>
      <rect x={x - NODE_WIDTH / 2} y={y - NODE_HEIGHT / 2} width={NODE_WIDTH} height={NODE_HEIGHT} rx={4} className={isCurrent ? "fill-stone-800" : "fill-white stroke-stone-400"} />
      <text x={x} y={y} dominantBaseline="central" textAnchor="middle" fontSize={10} className={`font-mono ${isCurrent ? "fill-white" : node.isLink ? "fill-blue-800 underline" : "fill-stone-600"}`}>
        {node.refId}
      </text>
    </>
  );
  // Only cables the archive holds are links; the others are drawn so the thread's shape stays true.
  return node.isLink ? (
    <a href={cableHref(node.refId)} className="focus:outline-2 focus:outline-blue-800">
      {box}
    </a>
  ) : (
    <g>{box}</g>
  );
}

function Column({ nodes, hidden, x, label }: { nodes: GraphNode[]; hidden: number; x: number; label: string }) {
  return (
    <g>
      <text x={x} y={12} textAnchor="middle" fontSize={10} className="fill-stone-700">
        {label}
      </text>
      {nodes.map((node, index) => (
        <Node key={node.refId} node={node} x={x} y={TOP + index * ROW} />
      ))}
      {hidden > 0 && (
        <text x={x} y={TOP + nodes.length * ROW} dominantBaseline="central" textAnchor="middle" fontSize={10} className="fill-stone-700">
          and {hidden} more
        </text>
      )}
    </g>
  );
}

/**
 * The cable's neighbourhood one hop each way, drawn on the server as plain SVG: what it refers to on
 * the left, what cites it on the right. It is a figure beside the References lists, not inside their
 * region, so every cable is named once there; those lists are its text alternative.
 */
export function ReferenceGraph({ cable }: { cable: CableDetail }) {
  const seen = new Set<string>([cable.refId]);
  const referenced: GraphNode[] = [];
  for (const { targetRefId, isInArchive } of cable.references) {
    if (!targetRefId || seen.has(targetRefId)) continue;
    seen.add(targetRefId);
    referenced.push({ refId: targetRefId, isLink: isInArchive });
  }
  const citing: GraphNode[] = cable.citedBy.map(({ refId }) => ({ refId, isLink: true }));
  if (referenced.length === 0 && citing.length === 0) return null;

  const left = referenced.slice(0, MAX_PER_SIDE);
  const right = citing.slice(0, MAX_PER_SIDE);
  const rows = Math.max(left.length + (referenced.length > left.length ? 1 : 0), right.length + (citing.length > right.length ? 1 : 0), 1);
  const height = TOP + (rows - 1) * ROW + NODE_HEIGHT;
  const centreY = TOP + ((rows - 1) * ROW) / 2;
  const summary = graphSummary({ refId: cable.refId, referenceCount: referenced.length, citedByCount: citing.length });
  const edge = (x: number, index: number) => (
    <line key={`${x}-${index}`} x1={x} y1={TOP + index * ROW} x2={COLUMN_X.current} y2={centreY} className="stroke-stone-300" strokeWidth={1} />
  );

  return (
    <figure className="space-y-1" aria-labelledby="reference-graph-caption">
      <figcaption id="reference-graph-caption" className="text-stone-700">
        {summary}
      </figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" className="block max-w-xl" role="group" aria-label={summary}>
        {left.map((_, index) => edge(COLUMN_X.references + NODE_WIDTH / 2, index))}
        {right.map((_, index) => edge(COLUMN_X.citedBy - NODE_WIDTH / 2, index))}
        {left.length > 0 && <Column nodes={left} hidden={referenced.length - left.length} x={COLUMN_X.references} label="Refers to" />}
        {right.length > 0 && <Column nodes={right} hidden={citing.length - right.length} x={COLUMN_X.citedBy} label="Cited by" />}
        <Node node={{ refId: cable.refId, isLink: false }} x={COLUMN_X.current} y={centreY} isCurrent />
      </svg>
    </figure>
  );
}
