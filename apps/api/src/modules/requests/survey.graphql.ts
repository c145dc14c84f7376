import {
  SKM_ELEMENT_KEYS,
  SKM_ELEMENTS,
  type SkmElement,
  surveySubmissionSchema,
} from '@blk/domain';
import { builder } from '../../graphql/builder';
import { mutationErrors, TransitionRefusedError } from '../../graphql/error-types';
import { validated } from '../../graphql/validate';
import { publicAccessArgs } from '../shared/public-submission.graphql';
import { submitSatisfactionSurvey } from './submit-satisfaction-survey';
import { requesterLookup, TrackedTrainingRequest } from './track.graphql';

const SurveyAnswerOption = builder
  .objectRef<{ value: number; label: string }>('SurveyAnswerOption')
  .implement({
    description: 'One answer of an SKM question.',
    fields: (t) => ({
      value: t.exposeInt('value', { description: 'Score, 1 (worst) to 4 (best).' }),
      label: t.exposeString('label', { description: 'Answer text (Accept-Language).' }),
    }),
  });

const SurveyElement = builder.objectRef<SkmElement>('SurveyElement').implement({
  description:
    'One of the nine elements (unsur) of the Survei Kepuasan Masyarakat (PermenPANRB 14/2017).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Element key, u1 to u9; the answer field name.' }),
    name: t.string({
      description: 'Element name (Accept-Language).',
      resolve: (e, _args, ctx) => e.name[ctx.lang],
    }),
    question: t.string({
      description: 'The question asked (Accept-Language).',
      resolve: (e, _args, ctx) => e.question[ctx.lang],
    }),
    answers: t.field({
      type: [SurveyAnswerOption],
      description: 'The four answers, worst first.',
      resolve: (e, _args, ctx) => e.answers.map((a, i) => ({ value: i + 1, label: a[ctx.lang] })),
    }),
  }),
});

const SurveyAnswersInput = builder.inputType('SurveyAnswersInput', {
  description: 'A score from 1 (worst) to 4 (best) for each of the nine SKM elements.',
  fields: (t) =>
    Object.fromEntries(
      SKM_ELEMENT_KEYS.map((key, i) => [
        key,
        t.int({
          required: true,
          description: `Element ${i + 1}: ${SKM_ELEMENTS[i]?.name.en ?? key}.`,
        }),
      ]),
    ) as Record<(typeof SKM_ELEMENT_KEYS)[number], ReturnType<typeof t.int>>,
});

const SurveyRespondentInput = builder.inputType('SurveyRespondentInput', {
  description: 'Optional respondent profile, for the published breakdown of the survey.',
  fields: (t) => ({
    sex: t.string({ required: false, description: 'L (laki-laki) or P (perempuan).' }),
    ageGroup: t.string({
      required: false,
      description: 'under_20, 20_29, 30_39, 40_49, 50_59 or 60_plus.',
    }),
    education: t.string({
      required: false,
      description: 'tidak_sekolah, sd, smp, sma, diploma, s1 or s2_s3.',
    }),
    occupation: t.string({
      required: false,
      description:
        'pns, tni_polri, pegawai_swasta, wirausaha, petani_nelayan, pelajar_mahasiswa, tidak_bekerja or lainnya.',
    }),
  }),
});

const SatisfactionSurveyInput = builder.inputType('SatisfactionSurveyInput', {
  description: 'An SKM questionnaire. Validated with the same schema as the public form.',
  fields: (t) => ({
    answers: t.field({ type: SurveyAnswersInput, required: true, description: 'The nine scores.' }),
    comment: t.string({
      required: false,
      description: 'Anything else the requester wants to say.',
    }),
    respondent: t.field({
      type: SurveyRespondentInput,
      required: false,
      description: 'Optional profile.',
    }),
  }),
});

builder.queryFields((t) => ({
  surveyQuestions: t.field({
    type: [SurveyElement],
    description:
      'The satisfaction survey questionnaire: nine elements with their answers (public).',
    resolve: () => [...SKM_ELEMENTS],
  }),
}));

builder.mutationFields((t) => ({
  submitSatisfactionSurvey: t.field({
    type: TrackedTrainingRequest,
    description:
      'The requester answers the satisfaction survey, once, when the SOP asks for it (after the training report). Closes the request. Needs the access token; rate-limited like tracking.',
    errors: mutationErrors(TransitionRefusedError),
    args: {
      ...publicAccessArgs,
      input: t.arg({ type: SatisfactionSurveyInput, required: true, description: 'The answers.' }),
    },
    resolve: (_root, args, ctx) => {
      const lookup = requesterLookup(args, ctx);
      const survey = validated(
        surveySubmissionSchema,
        { ...args.input, trackingCode: args.trackingCode },
        ctx,
      );
      return submitSatisfactionSurvey(ctx, lookup, survey);
    },
  }),
}));
