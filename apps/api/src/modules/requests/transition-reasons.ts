import { type Lang, type MessageKey, message } from '@blk/domain';
import type { TransitionReason, TransitionReasonCode } from '@blk/sop';
import { TransitionRefusedError } from '../../graphql/error-types';

const REASON_MESSAGES: Record<TransitionReasonCode, MessageKey> = {
  WRONG_ROLE: 'transition.wrong_role',
  WRONG_STATE: 'transition.wrong_state',
  UNKNOWN_ACTION: 'transition.unknown_action',
  MISSING_INPUT: 'transition.missing_input',
  INVALID_INPUT: 'transition.invalid_input',
  NOT_ASSIGNED: 'transition.not_assigned',
  NOT_YET_DUE: 'transition.not_yet_due',
  REASON_REQUIRED: 'transition.reason_required',
  CLASS_OVER_SIZE: 'transition.class_over_size',
};

/**
 * The SOP's refusal reasons as the TransitionRefusedError carries them: code, field and a
 * message in the caller's language. Shared by the public and the staff transitions.
 */
export function localizeTransitionReasons(
  reasons: readonly TransitionReason[],
  lang: Lang,
): { code: string; field?: string; message: string }[] {
  return reasons.map((r) => ({
    code: r.code,
    ...(r.field ? { field: r.field } : {}),
    message: message(REASON_MESSAGES[r.code], lang),
  }));
}

/** Throws the typed refusal for a `checkTransition` result that was not ok. */
export function transitionRefused(reasons: readonly TransitionReason[], lang: Lang): never {
  throw new TransitionRefusedError(localizeTransitionReasons(reasons, lang));
}
