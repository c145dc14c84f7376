import { graphql, type ResultOf } from '../../lib/graphql';

/** What the instructor screens show of a certificate, asked for by the detail and every change. */
export const CertificationFields = graphql(`
  fragment CertificationFields on InstructorCertification @_unmask {
    id
    name
    issuer
    number
    issuedOn
    expiresOn
    expired
    program {
      id
      name
    }
  }
`);

/** A certificate as the instructor screens show it. */
export type Certification = ResultOf<typeof CertificationFields>;

/** An instructor's certificates, as the detail shows them and every change returns them. */
export const InstructorCertifications = graphql(
  `
  fragment InstructorCertifications on Instructor @_unmask {
    id
    certifications {
      ...CertificationFields
    }
  }
`,
  [CertificationFields],
);

/** A competency (a program the instructor may teach) with its kejuruan. */
export const CompetencyFields = graphql(`
  fragment CompetencyFields on TrainingProgram @_unmask {
    id
    name
    kejuruan {
      code
      name
    }
  }
`);

/** What archiving or restoring an instructor changes. */
export const InstructorArchiveState = graphql(`
  fragment InstructorArchiveState on Instructor @_unmask {
    id
    active
    archivedAt
  }
`);
