import { isUniqueViolation } from '@blk/db';
import type { SurveySubmissionInput, TrackingLookupInput } from '@blk/domain';
import type { Context } from '../../graphql/context';
import { AppError } from '../../graphql/errors';
import { findRequesterRequest } from './find-requester-request';
import { requesterActionWith, takeRequesterAction } from './take-requester-action';
import { publicView, type TrackedRequest } from './track-training-request';

const alreadySubmitted = () => new AppError('SURVEY_ALREADY_SUBMITTED');

/**
 * Stores the requester's SKM answers and takes the SOP's survey action (its `recordSurvey`
 * effect) in one
 * transaction, so a survey never exists without its step nor the other way round. Only one
 * survey per request: the unique request id settles a race between two submissions.
 */
export async function submitSatisfactionSurvey(
  ctx: Context,
  lookup: TrackingLookupInput,
  survey: SurveySubmissionInput,
): Promise<TrackedRequest> {
  const request = await findRequesterRequest(ctx, lookup);
  if (await ctx.prisma.satisfactionSurvey.findUnique({ where: { requestId: request.id } }))
    throw alreadySubmitted();
  const { answers, comment, respondent } = survey;
  const action = requesterActionWith(ctx, request.definition, request.state, 'recordSurvey');
  try {
    await takeRequesterAction(ctx, request, action, {}, (tx) =>
      tx.satisfactionSurvey.create({
        data: {
          requestId: request.id,
          ...answers,
          comment: comment ?? null,
          gender: respondent?.sex ?? null,
          ageGroup: respondent?.ageGroup ?? null,
          education: respondent?.education ?? null,
          occupation: respondent?.occupation ?? null,
          submittedAt: ctx.now(),
        },
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error)) throw alreadySubmitted();
    throw error;
  }
  return publicView(ctx, request);
}
