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
        viewPerformance
        manageSurveySettings
        viewOutbox
        handleComplaints
      }
    }
  }
`);

export type Viewer = ResultOf<typeof ViewerQuery>['viewer'];

export function useViewer() {
  const [result, reexecute] = useQuery({ query: ViewerQuery });
  return { viewer: result.data?.viewer, fetching: result.fetching, error: result.error, reexecute };
}
