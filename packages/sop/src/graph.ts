import { findStep, type SopDefinition } from './definition';

/** A transition between two steps, as drawn in the flowchart. */
export interface SopEdge {
  readonly from: string;
  readonly to: string;
  readonly action: string;
  /** Comes from `globalActions` (e.g. cancellation), not from the step's own row. */
  readonly global: boolean;
}

/** Every transition of the definition, own actions first (in declared order), then global ones. */
export function sopEdges(def: SopDefinition): SopEdge[] {
  const edges: SopEdge[] = [];
  for (const step of def.steps) {
    for (const a of step.actions)
      edges.push({ from: step.key, to: a.to, action: a.key, global: false });
  }
  for (const a of def.globalActions ?? []) {
    for (const from of a.from) edges.push({ from, to: a.to, action: a.key, global: true });
  }
  return edges;
}

/** Key of the single start step, or undefined when there is not exactly one. */
export function startStepKey(def: SopDefinition): string | undefined {
  const starts = def.steps.filter((s) => s.kind === 'start');
  return starts.length === 1 ? starts[0]?.key : undefined;
}

/** Keys reachable from `from` (inclusive) along the edges. */
export function reachableFrom(edges: readonly SopEdge[], from: string): Set<string> {
  const seen = new Set([from]);
  const queue = [from];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    for (const e of edges) {
      if (e.from === key && !seen.has(e.to)) {
        seen.add(e.to);
        queue.push(e.to);
      }
    }
  }
  return seen;
}

/**
 * Steps in breadth-first order from the start along own actions (global ones such as cancel
 * would pull their targets up too early), then the rest (reached only by global actions, or
 * unreachable) in declared order; end steps come last, as the terminators that close the flow
 * table. This is the row order of the table and the flowchart.
 */
export function orderedSteps(def: SopDefinition): string[] {
  const start = startStepKey(def) ?? def.steps[0]?.key;
  const own = sopEdges(def).filter((e) => !e.global && findStep(def, e.to));
  const found = start ? [...reachableFrom(own, start)] : [];
  for (const step of def.steps) if (!found.includes(step.key)) found.push(step.key);
  // End steps (terminators) close the table, in the order they are reached.
  const isEnd = (key: string) => findStep(def, key)?.kind === 'end';
  return [...found.filter((k) => !isEnd(k)), ...found.filter(isEnd)];
}

/**
 * Shortest path (by step count, ties broken by declared action order) from `from` to a step
 * matching `isTarget`, along own actions. Returns the step keys including both ends.
 */
export function shortestPath(
  def: SopDefinition,
  from: string,
  isTarget: (key: string) => boolean,
): string[] | undefined {
  const edges = sopEdges(def).filter((e) => !e.global);
  const parent = new Map<string, string | null>([[from, null]]);
  const queue = [from];
  for (let key = queue.shift(); key !== undefined; key = queue.shift()) {
    if (isTarget(key)) {
      const path: string[] = [];
      for (let k: string | null | undefined = key; k; k = parent.get(k)) path.unshift(k);
      return path;
    }
    for (const e of edges) {
      if (e.from === key && !parent.has(e.to)) {
        parent.set(e.to, key);
        queue.push(e.to);
      }
    }
  }
  return undefined;
}

/**
 * The own actions that lead back up the flow (returning documents, rescheduling): found by a
 * depth-first walk from the start along own actions in declared order, an action leading to a
 * step still on the walk's path is a back-edge. Keys are `step/action`.
 */
export function backEdgeKeys(def: SopDefinition): Set<string> {
  const own = sopEdges(def).filter((e) => !e.global);
  const back = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const visit = (key: string) => {
    state.set(key, 'open');
    for (const e of own) {
      if (e.from !== key) continue;
      const s = state.get(e.to);
      if (s === 'open') back.add(`${e.from}/${e.action}`);
      else if (!s && findStep(def, e.to)) visit(e.to);
    }
    state.set(key, 'done');
  };
  const start = startStepKey(def);
  if (start) visit(start);
  for (const step of def.steps) if (!state.has(step.key)) visit(step.key);
  return back;
}
