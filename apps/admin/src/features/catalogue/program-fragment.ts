import { graphql, type ResultOf } from '../../lib/graphql';

/** Every field the program editor shows, loaded fresh when it opens. */
export const ProgramFieldsFragment = graphql(`
  fragment ProgramForm_TrainingProgram on TrainingProgram {
    id
    code
    name
    description
    durationDays
    durationJp
    classSizeMin
    classSizeDefault
    classSizeMax
    minAge
    maxAge
    requirements
    siteRequirements
    active
    archivedAt
    updatedAt
    kejuruan {
      code
      name
    }
    units {
      code
      title
      jp
    }
  }
`);

export type ProgramRow = ResultOf<typeof ProgramFieldsFragment>;
