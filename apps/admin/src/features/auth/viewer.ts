import { useQuery } from 'urql';
import { graphql, type ResultOf } from '../../lib/graphql';

/** Who is signed in and what they may do; the session itself is an httpOnly cookie. */
export const ViewerQuery = graphql(`
  query App_Viewer {
    viewer {
      kind
      user {
        id
        name
        email
        role {
          key
          name
        }
      }
      revokedDevice {
        name
        revokedAt
      }
      can {
        viewRequests
        manageCatalogue
        manageInstructors
        manageParticipants
        manageUsers
        manageHolidays
        manageApiKeys
        manageServiceStandard
        draftSop
        approveSop
        viewSopReviews
        recordSopReview
        viewPerformance
        manageSurveySettings
        viewOutbox
        handleComplaints
      }
    }
  }
`);

export type Viewer = ResultOf<typeof ViewerQuery>['viewer'];

/**
 * The viewer from the cache (it opens without signal). `confirm` also asks the server once per
 * mount when there is signal (the signed-in shell), so a session that ended or a training
 * device the admin revoked is noticed on load, not only at the next change sent.
 */
export function useViewer(options: { confirm?: boolean } = {}) {
  const [result, reexecute] = useQuery({
    query: ViewerQuery,
    ...(options.confirm ? { requestPolicy: 'cache-and-network' as const } : {}),
  });
  return { viewer: result.data?.viewer, fetching: result.fetching, error: result.error, reexecute };
}
