import { builder } from '../../graphql/builder';

export const SiteAssessment = builder.prismaObject('SiteAssessment', {
  description: 'Needs assessment and site survey (kajian kebutuhan, survei lokasi) of a request.',
  fields: (t) => ({
    id: t.exposeID('id'),
    surveyDate: t.expose('surveyDate', { type: 'Date', description: 'Day of the site survey.' }),
    findings: t.exposeString('findings'),
    localPotential: t.exposeString('localPotential', { nullable: true }),
    facilitiesAvailable: t.exposeStringList('facilitiesAvailable'),
    recommendation: t.exposeString('recommendation'),
    recommendedProgramId: t.exposeID('recommendedProgramId', { nullable: true }),
    assessedBy: t.relation('assessedBy'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});
