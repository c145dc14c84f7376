import type { WorkingCalendar } from '@blk/domain';
import {
  availableActions,
  effectOf,
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
  /** What the uploaded documents are filed as (the action's `requireAttachment` effect). */
  attachmentKind: string | null;
  noteInput: { key: string; label: string; required: boolean } | null;
}

/**
 * The requester's task at the current step: the requester action of a step in the requester's
 * lane that answers the office, with what the office asked. It is the action that files
 * documents (`requireAttachment`), else one that carries inputs; never the actions whose effects
 * make them something else (withdrawing, the survey). Null when the request waits on the office.
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
  const answers = availableActions(def, request.state, { kind: 'requester' }).filter(
    (a) => !a.effects.some((e) => e.type === 'withdrawRequest' || e.type === 'recordSurvey'),
  );
  const action =
    answers.find((a) => effectOf(a.effects, 'requireAttachment')) ??
    answers.find((a) => a.inputs.some((i) => i.type === 'file' || i.type === 'text'));
  if (!action) return null;
  const attachment = effectOf(action.effects, 'requireAttachment');
  const input = (type: 'file' | 'text') => {
    const spec =
      type === 'file' && attachment
        ? action.inputs.find((i) => i.key === attachment.input)
        : action.inputs.find((i) => i.type === type);
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
    attachmentKind: attachment?.kind ?? null,
    noteInput: input('text'),
  };
}
