import { graphql, type ResultOf } from '../../lib/graphql';

/** Every field the programme editor shows, loaded fresh when it opens. */
export const ProgrammeFieldsFragment = graphql(`
  fragment ProgrammeForm_TrainingProgram on TrainingProgram {
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

export type ProgrammeRow = ResultOf<typeof ProgrammeFieldsFragment>;
