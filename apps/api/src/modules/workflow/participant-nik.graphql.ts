import { builder } from '../../graphql/builder';
import { mutationErrors } from '../../graphql/error-types';
import { type RevealedNik, revealParticipantNik } from './reveal-participant-nik';

const RevealedNikRef = builder.objectRef<RevealedNik>('RevealedNik').implement({
  description: 'A participant’s whole NIK, shown on request; the showing is in the audit log.',
  fields: (t) => ({
    participantId: t.exposeID('participantId', { description: 'The participant.' }),
    nik: t.exposeString('nik', {
      nullable: true,
      description: 'The whole NIK (16 digits); null once the participant was anonymised.',
    }),
  }),
});

builder.mutationFields((t) => ({
  revealParticipantNik: t.field({
    type: RevealedNikRef,
    description:
      'Show one participant’s whole NIK (lists show it masked). For the instructor coordinator and the instructors of the class; each call writes an audit-log row (who, when, which participant).',
    errors: mutationErrors(),
    args: { participantId: t.arg.id({ required: true, description: 'The participant.' }) },
    resolve: (_root, args, ctx) => revealParticipantNik(ctx, String(args.participantId)),
  }),
}));
