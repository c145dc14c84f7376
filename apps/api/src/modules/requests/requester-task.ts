import type { WorkingCalendar } from '@blk/domain';
import {
  availableActions,
  localize,
  type RecordedEvent,
  requesterAsk,
  type SopDefinition,
  stepDeadline,
} from '@blk/sop';
import type { Context } from '../../graphql/context';

/** What the office asks the requester to do now, as the tracking page shows it. */
export interface RequesterTask {
  /** The SOP action the requester takes to answer (e.g. `complete`). */
  actionKey: string;
  actionLabel: string;
  /** What the office wrote when it handed the request over: the note, the missing items. */
  asked: { label: string; text: string }[];
  /** When the request closes by itself if the requester does not answer. */
  dueAt: Date | null;
  /** The file input the answer needs, if any, and the free-text note it may carry. */
  fileInput: { key: string; label: string; required: boolean } | null;
  noteInput: { key: string; label: string; required: boolean } | null;
}

/**
 * The requester's task at the current step: the requester action of a step in the requester's
 * lane that answers the office (it carries inputs, unlike cancel or the survey), with what the
 * office asked. Null when the request waits on the office.
 */
export function requesterTaskOf(
  def: SopDefinition,
  request: { state: string; stepStartedAt: Date },
  events: readonly (RecordedEvent & { toState: string })[],
  calendar: WorkingCalendar,
  lang: Context['lang'],
): RequesterTask | null {
  const asked = requesterAsk(def, request.state, events, lang);
  if (asked === null) return null;
  const action = availableActions(def, request.state, { kind: 'requester' }).find((a) =>
    a.inputs.some((i) => i.type === 'file' || i.type === 'text'),
  );
  if (!action) return null;
  const input = (type: 'file' | 'text') => {
    const spec = action.inputs.find((i) => i.type === type);
    return spec
      ? { key: spec.key, label: localize(spec.label, lang), required: spec.required }
      : null;
  };
  return {
    actionKey: action.key,
    actionLabel: localize(action.label, lang),
    asked: asked
      .filter((d) => typeof d.value === 'string' || typeof d.value === 'number')
      .map((d) => ({ label: d.label, text: String(d.value) })),
    dueAt: stepDeadline(def, request.state, request.stepStartedAt, calendar),
    fileInput: input('file'),
    noteInput: input('text'),
  };
}
