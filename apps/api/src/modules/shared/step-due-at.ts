/**
 * The description of `stepDueAt`, one column read by staff (`TrainingRequest`) and by the
 * requester (`TrackedTrainingRequest`): one wording, so neither promises what the other denies.
 */
export const STEP_DUE_AT =
  'Deadline of the current step by its SOP time standard (the requester’s own steps included); null when the step has no time standard (or waits for class dates not yet set) and once the request is closed.';
