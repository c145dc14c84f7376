import type { EffectOf } from '@blk/sop';
import type { Context } from '../../../graphql/context';
import { dbDay, staffOf } from '../access';
import type { Db } from './effect-request';

/** The `recordAssessment` effect: the site assessment row, from the inputs the effect names. */
export async function recordAssessment(
  tx: Db,
  ctx: Context,
  requestId: string,
  effect: EffectOf<'recordAssessment'>,
  inputs: Readonly<Record<string, unknown>>,
) {
  const text = (key: string | undefined) => {
    const v = key ? inputs[key] : undefined;
    return typeof v === 'string' ? v.trim() : '';
  };
  const recommendation = text(effect.programmeInput);
  const program = recommendation
    ? await tx.trainingProgram.findFirst({
        where: {
          OR: [
            { code: { equals: recommendation, mode: 'insensitive' } },
            { name: { equals: recommendation, mode: 'insensitive' } },
          ],
        },
        select: { id: true },
      })
    : null;
  await tx.siteAssessment.create({
    data: {
      requestId,
      assessedById: staffOf(ctx).id,
      surveyDate: dbDay(String(inputs[effect.surveyDateInput])),
      findings: text(effect.findingsInput),
      localPotential: text(effect.localPotentialInput) || null,
      facilitiesAvailable: text(effect.facilitiesInput)
        .split(/[,;\n]/)
        .map((f) => f.trim())
        .filter(Boolean),
      recommendedProgramId: program?.id ?? null,
      recommendation,
      createdAt: ctx.now(),
    },
  });
}
