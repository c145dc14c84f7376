import { builder } from '../../graphql/builder';
import { isoDay } from './access';

export const SiteAssessment = builder.prismaObject('SiteAssessment', {
  description: 'Needs assessment and site survey (kajian kebutuhan, survei lokasi) of a request.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Stable identifier.' }),
    surveyDate: t.field({
      type: 'Date',
      description: 'Day of the site survey.',
      select: { surveyDate: true },
      resolve: (a) => isoDay(a.surveyDate),
    }),
    findings: t.exposeString('findings', { description: 'What the survey found.' }),
    localPotential: t.exposeString('localPotential', {
      nullable: true,
      description: 'Local economic potential.',
    }),
    facilitiesAvailable: t.exposeStringList('facilitiesAvailable', {
      description: 'Facilities available on site.',
    }),
    recommendation: t.exposeString('recommendation', {
      description: 'Recommended training, as written by the assessor.',
    }),
    recommendedProgramId: t.exposeID('recommendedProgramId', {
      nullable: true,
      description: 'Id of the catalogue program the recommendation names, when it matches one.',
    }),
    assessedBy: t.relation('assessedBy', { description: 'Who assessed.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});
