import type { TestApi } from '../../testing/api';

/** The transition mutation with every result type the tests look at. */
export const TRANSITION = /* GraphQL */ `
  mutation Transition($id: ID!, $action: String!, $input: JSON, $v: Int!) {
    transitionTrainingRequest(id: $id, action: $action, input: $input, expectedVersion: $v) {
      __typename
      ... on TrainingRequest { id state stepName version stepDueAt }
      ... on TransitionRefusedError { code reasons { code field message } }
      ... on ScheduleConflictError {
        code
        conflicts { instructorName kind otherTrackingCode otherIsland expiresOn message }
      }
      ... on ValidationError { code issues { path code message } }
      ... on Error { code message }
    }
  }
`;

/** What the transition mutation returns, flattened over its union members. */
export interface TransitionResult {
  __typename: string;
  id?: string;
  state?: string;
  stepName?: string;
  version?: number;
  code?: string;
  reasons?: { code: string; field: string | null; message: string }[];
  conflicts?: {
    instructorName: string;
    kind: string;
    otherTrackingCode: string | null;
    otherIsland: string | null;
    expiresOn: string | null;
    message: string;
  }[];
  issues?: { path: string; code: string; message: string }[];
}

/** Runs one transition as the staff member behind `cookie`. */
export async function transition(
  api: TestApi,
  cookie: string | undefined,
  id: string,
  action: string,
  version: number,
  input: Record<string, unknown> = {},
): Promise<TransitionResult> {
  const res = await api.gql<{ transitionTrainingRequest: TransitionResult }>(
    TRANSITION,
    { id, action, input, v: version },
    cookie ? { cookie } : {},
  );
  if (res.errors) throw new Error(JSON.stringify(res.errors));
  return res.data?.transitionTrainingRequest as TransitionResult;
}

/** Submits a public request and returns its id (found through the staff list). */
export async function submitRequest(
  api: TestApi,
  staffCookie: string,
  input: Record<string, unknown>,
): Promise<{ id: string; trackingCode: string }> {
  const res = await api.gql<{
    submitTrainingRequest: { trackingCode?: string; code?: string };
  }>(
    `mutation($input: SubmitTrainingRequestInput!) { submitTrainingRequest(input: $input) {
      ... on SubmitTrainingRequestSuccess { trackingCode } ... on Error { code } } }`,
    { input },
  );
  const trackingCode = res.data?.submitTrainingRequest.trackingCode;
  if (!trackingCode) throw new Error(`submit failed: ${JSON.stringify(res)}`);
  const list = await api.gql<{ trainingRequests: { edges: { node: { id: string } }[] } }>(
    `query($s: String) { trainingRequests(first: 1, filter: { search: $s }) { edges { node { id } } } }`,
    { s: trackingCode },
    { cookie: staffCookie },
  );
  const id = list.data?.trainingRequests.edges[0]?.node.id;
  if (!id) throw new Error(`request ${trackingCode} not listed: ${JSON.stringify(list)}`);
  return { id, trackingCode };
}
