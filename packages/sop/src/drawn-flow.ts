import type { SopDefinition, SopStep } from './definition';

/**
 * The flow as the SOP document and the flowchart draw it. A step with a `decision` (the front
 * desk receives and checks the documents, then decides "Lengkap?") is one request state but two
 * rows of the flow table: the step as a process (or start) row with one arrow to a decision row,
 * and the decision row whose "Ya" / "Tidak" exits are the step's own actions. Everything else
 * (the state machine, deadlines, figures) works on the definition itself.
 */

/** Key of the decision row drawn for step `stepKey`: not a valid step key, so it cannot clash. */
export function decisionRowKey(stepKey: string): string {
  return `${stepKey}.keputusan`;
}

/** Key of the action drawn from a step's row to its decision row. */
const TO_DECISION = 'ke_keputusan';

function split(step: SopStep): SopStep[] {
  const { decision, actions, ...rest } = step;
  if (!decision || step.kind === 'decision' || step.kind === 'end') return [step];
  const key = decisionRowKey(step.key);
  return [
    { ...rest, actions: [{ key: TO_DECISION, label: decision.question, to: key }] },
    {
      key,
      kind: 'decision',
      name: decision.question,
      // The Kegiatan column asks the question, then says what is decided.
      description: decision.description
        ? {
            id: `${decision.question.id} ${decision.description.id}`,
            ...(decision.description.en
              ? { en: `${decision.question.en ?? decision.question.id} ${decision.description.en}` }
              : {}),
          }
        : decision.question,
      role: step.role,
      requiredInputs: [],
      output: decision.output ?? '',
      actions,
    },
  ];
}

/** The definition with every step's decision drawn as a row of its own (see above). */
export function drawnDefinition(def: SopDefinition): SopDefinition {
  if (!def.steps.some((s) => s.decision)) return def;
  return { ...def, steps: def.steps.flatMap(split) };
}

/** For each drawn decision row, the step (request state) it belongs to. */
export function decisionRowsOf(def: SopDefinition): ReadonlyMap<string, string> {
  return new Map(
    def.steps
      .filter((s) => s.decision && s.kind !== 'decision' && s.kind !== 'end')
      .map((s) => [decisionRowKey(s.key), s.key]),
  );
}
