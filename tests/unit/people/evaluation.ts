/** Scoring predicted person names against hand labels, per cable (rules in README.md). */
import { areGivenNamesCompatible, splitName, surnameKey } from "@/lib/people";
import { foldWord } from "@/lib/people/lexicon";

export type Label = { refId: string; source: string; people: string[] };

export type CableScore = { refId: string; matched: [string, string][]; falsePositives: string[]; falseNegatives: string[] };

type Parsed = { name: string; surname: string; given: string[] };

function parse(name: string): Parsed {
  const words = name.replace(/"[^"]*"/g, " ").trim().split(/\s+/);
  const { surname, givenNames } = splitName(words);
  const given = (givenNames ?? "")
    .split(/\s+/)
    .map((word) => foldWord(word).replace(/['’.-]/g, ""))
    .filter(Boolean);
  return { name, surname: surnameKey(surname), given };
}

/**
 * One-to-one matching: same folded last surname word and compatible given names (equal, or an
 * initial of the other, or absent on one side). Exact given names are paired first.
 */
export function scoreCable(refId: string, predicted: readonly string[], labels: readonly string[]): CableScore {
  const open = predicted.map(parse);
  const matched: [string, string][] = [];
  const falseNegatives: string[] = [];
  const wanted = labels.map(parse);
  const isTaken = new Set<number>();
  const pending: Parsed[] = [];
  for (const label of wanted) {
    const exact = open.findIndex((p, i) => !isTaken.has(i) && p.surname === label.surname && p.given.join(" ") === label.given.join(" "));
    if (exact >= 0) {
      isTaken.add(exact);
      matched.push([label.name, open[exact]!.name]);
    } else pending.push(label);
  }
  for (const label of pending) {
    const index = open.findIndex((p, i) => !isTaken.has(i) && p.surname === label.surname && areGivenNamesCompatible(p.given, label.given));
    if (index >= 0) {
      isTaken.add(index);
      matched.push([label.name, open[index]!.name]);
    } else falseNegatives.push(label.name);
  }
  const falsePositives = open.filter((_, i) => !isTaken.has(i)).map((p) => p.name);
  return { refId, matched, falsePositives, falseNegatives };
}

export function microScores(scores: readonly CableScore[]): { precision: number; recall: number; truePositives: number; predicted: number; labelled: number } {
  const truePositives = scores.reduce((sum, score) => sum + score.matched.length, 0);
  const predicted = truePositives + scores.reduce((sum, score) => sum + score.falsePositives.length, 0);
  const labelled = truePositives + scores.reduce((sum, score) => sum + score.falseNegatives.length, 0);
  return { precision: predicted === 0 ? 0 : truePositives / predicted, recall: labelled === 0 ? 0 : truePositives / labelled, truePositives, predicted, labelled };
}
