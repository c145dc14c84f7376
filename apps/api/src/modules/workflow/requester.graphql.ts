import { builder } from '../../graphql/builder';
import { RequesterTypeEnum } from '../requests/submit.graphql';

export const Requester = builder.prismaObject('Requester', {
  description:
    'The party asking for training. Contact details go only to the roles whose SOP step needs them (access policy, modules/auth/policy.ts).',
  // Contact details are read only when a query asks for them.
  select: { id: true },
  fields: (t) => ({
    type: t.expose('type', { type: RequesterTypeEnum, description: 'Kind of requester.' }),
    organizationName: t.exposeString('organizationName'),
    contactName: t.exposeString('contactName', {
      nullable: true,
      unauthorizedResolver: () => null,
    }),
    phone: t.exposeString('phone', {
      nullable: true,
      description:
        'Contact phone, E.164. Null for roles whose step does not need it (kepala bidang, kepala dinas, admin) and for API keys.',
      unauthorizedResolver: () => null,
    }),
    email: t.exposeString('email', { nullable: true, unauthorizedResolver: () => null }),
  }),
});
