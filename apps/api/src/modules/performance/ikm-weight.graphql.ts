import { IKM_WEIGHT_LABELS, IKM_WEIGHTS, ikmMethod } from '@blk/domain';
import { builder } from '../../graphql/builder';
import { enumValues } from '../../graphql/enum-values';
import { mutationErrors } from '../../graphql/error-types';
import type { ObjectFields } from '../../graphql/field-group';
import { requireCapability } from '../auth/capability';
import { ikmWeight, setIkmWeight } from './ikm-weight';

export const IkmWeightEnum = builder.enumType('IkmWeight', {
  description:
    'The weight of each element mean in the IKM (PermenPANRB 14/2017). ONE_NINTH is exact; ROUNDED_0111 is the 0.111 many offices use, which lowers the index slightly and flips the grade for IKM 88.31-88.39, 76.61-76.68 and 65.00-65.06.',
  values: enumValues(IKM_WEIGHTS, (w) => IKM_WEIGHT_LABELS[w].en),
});

type IkmWeight = (typeof IKM_WEIGHTS)[number];

/** The element weight an IKM uses and how the index is computed with it. */
export function ikmWeightFields(t: ObjectFields<{ weight: IkmWeight }>) {
  return {
    weight: t.expose('weight', {
      type: IkmWeightEnum,
      description: 'The element weight (office setting ikmSettings).',
    }),
    method: t.string({
      description: 'How the index is computed, naming the weight (Accept-Language).',
      resolve: (s, _args, ctx) => ikmMethod(s.weight)[ctx.lang],
    }),
  };
}

const IkmSettingsRef = builder.objectRef<{ weight: IkmWeight }>('IkmSettings').implement({
  description: 'How the office computes its satisfaction index.',
  fields: ikmWeightFields,
});

builder.queryFields((t) => ({
  ikmSettings: t.field({
    type: IkmSettingsRef,
    description: 'The IKM weight the office uses and how the index is computed (public).',
    resolve: async (_root, _args, ctx) => ({ weight: await ikmWeight(ctx) }),
  }),
}));

builder.mutationFields((t) => ({
  setIkmWeight: t.field({
    type: IkmSettingsRef,
    description:
      'Choose the IKM element weight for every report from now on (kepala dinas); the change is recorded in the audit log.',
    authScopes: requireCapability('manageSurveySettings'),
    errors: mutationErrors(),
    args: {
      weight: t.arg({ type: IkmWeightEnum, required: true, description: 'The weight to use.' }),
    },
    resolve: async (_root, args, ctx) => ({ weight: await setIkmWeight(ctx, args.weight) }),
  }),
}));
