import { graphql } from '../../lib/graphql';
import { MutationFailureFragment } from '../admin-common/failure';

/** An SOP version in force with its six-monthly review due date (the reminder's own rule). */
const SopReviewDueFields = graphql(`
  fragment SopReviewDueFields on SopReviewStatus @_unmask {
    sopVersionId
    sopName
    versionNo
    lastReviewedAt
    dueOn
    due
  }
`);

/** The SOP versions in force with their review due dates. */
export const SopReviewStatusesQuery = graphql(
  `
  query SopReviews_Statuses {
    sopReviewStatuses {
      ...SopReviewDueFields
    }
  }
`,
  [SopReviewDueFields],
);

/** The evaluation landing: due dates, and the reviews of every version that was in force. */
export const SopReviewsQuery = graphql(
  `
  query SopReviews_List {
    sopReviewStatuses {
      ...SopReviewDueFields
    }
    sopVersions {
      id
      versionNo
      status
      effectiveAt
      reviews {
        id
        periodFrom
        periodTo
        reviewedAt
        requestCount
        complaintCount
        reviewer {
          id
          name
        }
        steps {
          rating
        }
        draft {
          id
          versionNo
        }
      }
    }
  }
`,
  [SopReviewDueFields],
);

/** The figures a new review starts from (per office step) and the complaints of the period. */
export const SopReviewPrefillQuery = graphql(`
  query SopReviewForm_Prefill($sopVersionId: ID!, $from: Date, $to: Date) {
    sopReviewPrefill(sopVersionId: $sopVersionId, from: $from, to: $to) {
      sopVersionId
      periodFrom
      periodTo
      requestCount
      steps {
        stepKey
        name
        roleName
        standard
        measured
        onTime
        onTimeShare
        medianWorkingDays
        suggestedRating
        note
      }
      complaints {
        trackingCode
        receivedAt
        status
        message
      }
    }
    sopVersion(id: $sopVersionId) {
      id
      versionNo
    }
  }
`);

export const RecordSopReviewMutation = graphql(
  `
  mutation SopReviewForm_Record($input: RecordSopReviewInput!) {
    recordSopReview(input: $input) {
      __typename
      ... on SopReview {
        id
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

/** One recorded review, with what the reviewer saw and decided. */
export const SopReviewQuery = graphql(`
  query SopReview_Load($id: ID!) {
    sopReview(id: $id) {
      id
      periodFrom
      periodTo
      actions
      conclusion
      requestCount
      complaintCount
      reviewedAt
      stepNames
      reviewer {
        id
        name
      }
      sopVersion {
        id
        versionNo
      }
      steps {
        stepKey
        rating
        note
        correctiveAction
        measured
        onTime
        medianWorkingDays
      }
      draft {
        id
        versionNo
        status
      }
    }
  }
`);

export const StartSopDraftFromReviewMutation = graphql(
  `
  mutation SopReview_StartDraft($reviewId: ID!) {
    startSopDraftFromReview(reviewId: $reviewId) {
      __typename
      ... on SopVersion {
        id
        versionNo
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);
