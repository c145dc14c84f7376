import { actionsOf, findStep, type InputType, type SopDefinition } from './definition';
import { type Locale, localize } from './format';
import { REQUESTER_LANE } from './roles';
import { actionInputs } from './state-machine';

/** One input recorded with an event, labelled by the SOP version the request runs under. */
export interface EventDetail {
  key: string;
  label: string;
  type: InputType;
  /** The value as recorded: text, an ISO date, a number, a boolean, or a list of ids. */
  value: unknown;
}

/** What an event of the history recorded, as the fields the SOP declares for its action. */
export interface RecordedEvent {
  fromState: string | null;
  action: string;
  inputs: unknown;
}

function isEmpty(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0)
  );
}

/**
 * The inputs an event recorded, in the order and with the labels the SOP declares for its action
 * (the step's kelengkapan, then the action's own fields). Keys the SOP does not declare are left
 * out, so a stray key can never reach a reader; empty values are left out too.
 */
export function eventDetails(
  def: SopDefinition,
  event: RecordedEvent,
  locale: Locale = 'id',
): EventDetail[] {
  if (event.fromState === null || typeof event.inputs !== 'object' || event.inputs === null)
    return [];
  const recorded = event.inputs as Record<string, unknown>;
  const action = actionsOf(def, event.fromState).find((a) => a.key === event.action);
  if (!action) return [];
  const specs = actionInputs(findStep(def, event.fromState), action);
  const seen = new Set<string>();
  const details: EventDetail[] = [];
  for (const spec of specs) {
    if (seen.has(spec.key) || isEmpty(recorded[spec.key])) continue;
    seen.add(spec.key);
    details.push({
      key: spec.key,
      label: localize(spec.label, locale),
      type: spec.type,
      value: recorded[spec.key],
    });
  }
  return details;
}

/**
 * What the office asked of the requester: the details of the latest event that moved the request
 * into the requester's lane, when the request is there now. Null when the request waits on the
 * office. `events` are oldest first.
 */
export function requesterAsk(
  def: SopDefinition,
  state: string,
  events: readonly (RecordedEvent & { toState: string })[],
  locale: Locale = 'id',
): EventDetail[] | null {
  if (findStep(def, state)?.role !== REQUESTER_LANE) return null;
  const into = events.findLast((e) => e.toState === state && e.fromState !== state);
  return into ? eventDetails(def, into, locale) : [];
}
