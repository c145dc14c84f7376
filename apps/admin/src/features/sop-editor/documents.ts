import { graphql } from '../../lib/graphql';
import { MutationFailureFragment } from '../admin-common/failure';
import { ConsultationFragment } from '../consultation/documents';

/** The fields of a version the editor and the review show; every mutation returns them (spread
 * on its result, they apply when the result is the version). */
export const SopVersionFieldsFragment = graphql(
  `
  fragment SopVersionPage_SopVersionFragment on SopVersion {
    id
    versionNo
    status
    definition
    changeNote
    createdAt
    updatedAt
    effectiveAt
    approvedAt
    createdBy {
      id
      name
    }
    approvedBy {
      id
      name
    }
    document
    flowchartSvg
    problems {
      code
      path
      message
    }
    pdfUrl
    consultationMissing
    noConsultationReason
    sourceReview {
      id
      periodFrom
      periodTo
    }
    consultations {
      ...ConsultationCard_PublicConsultationFragment
    }
  }
`,
  [ConsultationFragment],
);

export const SopVersionQuery = graphql(
  `
  query SopVersion_Load($id: ID!) {
    sopVersion(id: $id) {
      ...SopVersionPage_SopVersionFragment
    }
    sopVersions {
      id
      versionNo
      status
      definition
    }
    roles {
      key
      name
      nameEn
    }
  }
`,
  [SopVersionFieldsFragment],
);

export const SopVersionsQuery = graphql(`
  query SopVersions_List {
    sopVersions {
      id
      versionNo
      status
      definition
      changeNote
      createdAt
      approvedAt
      effectiveAt
      createdBy {
        id
        name
      }
      approvedBy {
        id
        name
      }
    }
  }
`);

export const DraftSopVersionMutation = graphql(
  `
  mutation SopVersions_Draft($input: DraftSopVersionInput!) {
    draftSopVersion(input: $input) {
      __typename
      ... on SopVersion {
        id
        versionNo
        status
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

export const ValidateSopMutation = graphql(
  `
  mutation SopVersion_Validate($definition: JSON!) {
    validateSopDefinition(definition: $definition) {
      __typename
      ... on SopValidation {
        valid
        problems {
          code
          path
          message
        }
      }
      ...MutationFailure
    }
  }
`,
  [MutationFailureFragment],
);

export const UpdateSopDraftMutation = graphql(
  `
  mutation SopVersion_Save($id: ID!, $expectedUpdatedAt: DateTime, $input: UpdateSopDraftInput!) {
    updateSopDraft(id: $id, expectedUpdatedAt: $expectedUpdatedAt, input: $input) {
      __typename
      ...SopVersionPage_SopVersionFragment
      ...MutationFailure
    }
  }
`,
  [SopVersionFieldsFragment, MutationFailureFragment],
);

export const SubmitSopVersionMutation = graphql(
  `
  mutation SopVersion_Submit($id: ID!) {
    submitSopVersion(id: $id) {
      __typename
      ...SopVersionPage_SopVersionFragment
      ...MutationFailure
    }
  }
`,
  [SopVersionFieldsFragment, MutationFailureFragment],
);

export const ApproveSopVersionMutation = graphql(
  `
  mutation SopVersion_Approve($id: ID!) {
    approveSopVersion(id: $id) {
      __typename
      ...SopVersionPage_SopVersionFragment
      ... on SopProblemsError {
        problems {
          code
          path
          message
        }
      }
      ...MutationFailure
    }
  }
`,
  [SopVersionFieldsFragment, MutationFailureFragment],
);

export const PublishSopVersionMutation = graphql(
  `
  mutation SopVersion_Publish($id: ID!) {
    publishSopVersion(id: $id) {
      __typename
      ...SopVersionPage_SopVersionFragment
      ...MutationFailure
    }
  }
`,
  [SopVersionFieldsFragment, MutationFailureFragment],
);
