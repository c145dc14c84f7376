import type { WorkingCalendar } from '@blk/domain';
import type { SopEffect, TransitionEvent } from '@blk/sop';
import type { Context } from '../../../graphql/context';
import { issueCertificates } from '../issue-certificates';
import { cancelSchedule } from './cancel-schedule';
import type { StandingClass } from './class-records';
import { attachClassReport } from './class-report';
import { createSchedule } from './create-schedule';
import type { Db, EffectRequest } from './effect-request';
import { recordAssessment } from './record-assessment';
import { type PlannedAttachments, requireAttachment } from './require-attachment';

/** What the effects of one staff transition work on. */
export interface EffectRun {
  request: EffectRequest;
  event: TransitionEvent;
  calendar: WorkingCalendar;
  /** The standing class's records as the transition was checked against them. */
  standing: StandingClass | null;
  /** The uploads of a `requireAttachment` effect, planned before the event was written. */
  attachments: PlannedAttachments;
}

/**
 * Order in which effects run, whatever order the SOP lists them in: the old class goes before a
 * new one is written, uploads are filed before anything refers to them, certificates before the
 * report that counts them. Guard rails (`notBeforeSchedule`, `classComplete`) were checked by
 * `checkTransition`; the requester's effects (survey, withdrawal) run in their own use cases.
 */
const ORDER: readonly SopEffect['type'][] = [
  'cancelSchedule',
  'recordAssessment',
  'requireAttachment',
  'createSchedule',
  'issueCertificates',
  'classReport',
];

/**
 * Executes a staff action's effects inside the transition's transaction, after its event is
 * written (under the version check, so a double click runs them once): one small executor per
 * effect.
 */
export async function runStaffEffects(
  tx: Db,
  ctx: Context,
  effects: readonly SopEffect[],
  run: EffectRun,
): Promise<void> {
  const { request, event } = run;
  const inputs = event.inputs;
  const sorted = [...effects].sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
  for (const effect of sorted) {
    switch (effect.type) {
      case 'cancelSchedule':
        await cancelSchedule(tx, request.id, event.at);
        break;
      case 'recordAssessment':
        await recordAssessment(tx, ctx, request.id, effect, inputs);
        break;
      case 'requireAttachment':
        await requireAttachment(tx, ctx, request.id, run.attachments);
        break;
      case 'createSchedule':
        await createSchedule(tx, ctx, request, effect, inputs, run.calendar);
        break;
      case 'issueCertificates':
        await issueCertificates(tx, request, event.at);
        break;
      case 'classReport':
        if (run.standing) await attachClassReport(tx, ctx, request, effect, run.standing);
        break;
      default:
        break;
    }
  }
}
