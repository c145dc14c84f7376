/** The parts of the published SOP document (packages/sop `SopDocument`) the public pages read. */
export interface SopDocumentShape {
  activities: {
    no: number;
    stepKey: string;
    /** Set on the row that draws a step's own decision ("Lengkap?"): part of that step. */
    decisionOf?: string;
    kind: string;
    description: string;
    role: string;
    roleLabel: string;
    waktu: string;
    next: { toNo: number; branch?: 'yes' | 'no' }[];
  }[];
}

export interface PathStep {
  stepKey: string;
  description: string;
  roleLabel: string;
  waktu: string;
  byRequester: boolean;
}

/**
 * The SOP's main path, the way a request goes when all goes well: from the first activity, follow
 * the first way forward that is not a "no" branch and not a step already seen (no loops). A row
 * that only draws a step's own decision ("Lengkap?") is part of that step and not listed.
 */
export function mainPathSteps(doc: SopDocumentShape): PathStep[] {
  const byNo = new Map(doc.activities.map((a) => [a.no, a]));
  const seen = new Set<number>();
  const path: PathStep[] = [];
  let current = doc.activities[0];
  while (current && !seen.has(current.no)) {
    seen.add(current.no);
    if (!current.decisionOf)
      path.push({
        stepKey: current.stepKey,
        description: current.description,
        roleLabel: current.roleLabel,
        waktu: current.waktu,
        byRequester: current.role === 'pemohon',
      });
    const next = current.next.find((n) => n.branch !== 'no' && !seen.has(n.toNo));
    current = next ? byNo.get(next.toNo) : undefined;
  }
  return path;
}
