import { graphql } from '../../lib/graphql';
import { MutationFailureFragment } from '../admin-common/failure';

/** A consultation as the card shows it, on the draft and in the review. */
export const ConsultationFragment = graphql(`
  fragment ConsultationCard_PublicConsultationFragment on PublicConsultation {
    id
    heldOn
    place
    participants {
      name
      organisation
      category
      categoryLabel
    }
    inputs {
      input
      decision
      decisionLabel
      reason
    }
    beritaAcara {
      id
      fileName
      mimeType
      sizeBytes
      downloadUrl
    }
    createdBy {
      id
      name
    }
  }
`);

export const RecordConsultationMutation = graphql(
  `
  mutation ConsultationCard_Record($target: ConsultationTargetInput!, $input: ConsultationRecordInput!) {
    recordConsultation(target: $target, input: $input) {
      __typename
      ... on PublicConsultation {
        ...ConsultationCard_PublicConsultationFragment
      }
      ...MutationFailure
    }
  }
`,
  [ConsultationFragment, MutationFailureFragment],
);

export const UpdateConsultationMutation = graphql(
  `
  mutation ConsultationCard_Update($id: ID!, $input: ConsultationRecordInput!) {
    updateConsultation(id: $id, input: $input) {
      __typename
      ... on PublicConsultation {
        ...ConsultationCard_PublicConsultationFragment
      }
      ...MutationFailure
    }
  }
`,
  [ConsultationFragment, MutationFailureFragment],
);

export const RemoveConsultationMutation = graphql(
  `
  mutation ConsultationCard_Remove($id: ID!) {
    removeConsultation(id: $id) {
      __typename
      ... on ConsultationRemoved {
        id
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

export const SetSopNoConsultationReasonMutation = graphql(
  `
  mutation ConsultationCard_SetSopReason($id: ID!, $reason: String) {
    setSopNoConsultationReason(id: $id, reason: $reason) {
      __typename
      ... on SopVersion {
        id
        noConsultationReason
        consultationMissing
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

export const SetStandardNoConsultationReasonMutation = graphql(
  `
  mutation ConsultationCard_SetStandardReason($id: ID!, $reason: String) {
    setServiceStandardNoConsultationReason(id: $id, reason: $reason) {
      __typename
      ... on ServiceStandardVersion {
        id
        noConsultationReason
        consultationMissing
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);
