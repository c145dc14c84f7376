import { PRIVACY_NOTICE_VERSION, personalDataExportSchema } from '@blk/domain';
import { builder } from '../../graphql/builder';
import { mutationErrors } from '../../graphql/error-types';
import { instant } from '../../graphql/instant-field';
import { validated } from '../../graphql/validate';
import { exportPersonalData, type PersonalDataExport } from './export-personal-data';

const PersonalDataExportInput = builder.inputType('PersonalDataExportInput', {
  description: 'Whose data (exactly one identifier) and why (a data-subject request).',
  fields: (t) => ({
    nik: t.string({ required: false, description: 'NIK, 16 digits.' }),
    phone: t.string({ required: false, description: 'Phone, any Indonesian format.' }),
    email: t.string({ required: false, description: 'E-mail address.' }),
    reason: t.string({
      required: true,
      description:
        'Why the data is exported, e.g. the letter number of the request (10-500 characters); kept in the audit log.',
    }),
  }),
});

const PersonalDataExportRef = builder
  .objectRef<PersonalDataExport>('PersonalDataExport')
  .implement({
    description: 'Everything the system holds about one person (UU 27/2022 data-subject request).',
    fields: (t) => ({
      subjectHash: t.exposeString('subjectHash', {
        description: 'Keyed hash of the identifier, as the audit log records it.',
      }),
      generatedAt: t.expose('generatedAt', instant('When it was made.')),
      data: t.expose('data', {
        type: 'JSON',
        description:
          'participations (class, attendance, scores, certificate), requestsAsContact (with survey and attachment names), complaints, notifications, staffAccounts, instructorRecords.',
      }),
    }),
  });

builder.queryFields((t) => ({
  privacyNoticeVersion: t.string({
    description:
      'Version of the privacy notice the public apps show; consents are stored with it (public).',
    resolve: () => PRIVACY_NOTICE_VERSION,
  }),
}));

builder.mutationFields((t) => ({
  exportPersonalData: t.field({
    type: PersonalDataExportRef,
    description:
      'Export everything held about one person, found by NIK, phone or e-mail, for a data-subject request (admin sistem). Each export writes an audit row with the reason and a keyed hash of the identifier, never the identifier itself.',
    errors: mutationErrors(),
    args: {
      input: t.arg({ type: PersonalDataExportInput, required: true, description: 'Who and why.' }),
    },
    resolve: (_root, args, ctx) =>
      exportPersonalData(ctx, validated(personalDataExportSchema, args.input, ctx)),
  }),
}));
