import { z } from 'zod';
import { safeString } from '../text';
import { optionalMultilineText, text, textList } from './fields';

/** Upper-case code of a program or competency unit (e.g. SKKNI `C.10.1.1.001.01`). */
const codeSchema = safeString()
  .trim()
  .toUpperCase()
  .min(2)
  .max(40)
  .regex(/^[A-Z0-9][A-Z0-9.-]*$/, 'program.invalid_code');

const jp = z.int().min(1).max(1000);
const classSize = z.int().min(1).max(100);
const age = z.int().min(14).max(70).nullable();

/** A kejuruan (vocational field: bubut, las, menjahit, …) as an admin enters it; `code` is short. */
export const kejuruanSchema = z.strictObject({
  code: safeString()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{2,10}$/, 'program.invalid_code'),
  name: text(100, 2),
});
export type KejuruanInput = z.output<typeof kejuruanSchema>;

/** A competency unit (unit kompetensi) taught in a program, with its lesson hours (JP). */
export const competencyUnitSchema = z.strictObject({ code: codeSchema, title: text(300), jp });

/**
 * A training program of the catalogue. `kejuruan` is the vocational field (bubut, menjahit,
 * las, …); one JP (jam pelajaran) is a 45-minute lesson hour.
 */
export const programSchema = z
  .strictObject({
    code: codeSchema,
    name: text(150, 3),
    kejuruan: text(100, 2),
    description: optionalMultilineText(5000),
    durationDays: z.int().min(1).max(60),
    durationJp: jp,
    classSizeMin: classSize,
    classSizeDefault: classSize,
    classSizeMax: classSize,
    /** Age limits on the first training day; null = none (e.g. correctional programs). */
    ageMin: age,
    ageMax: age,
    requirements: textList(30, 300),
    siteRequirements: textList(30, 300),
    competencyUnits: z.array(competencyUnitSchema).max(50),
  })
  .superRefine((p, ctx) => {
    if (!(p.classSizeMin <= p.classSizeDefault && p.classSizeDefault <= p.classSizeMax)) {
      ctx.addIssue({
        code: 'custom',
        path: ['classSizeDefault'],
        message: 'program.class_size_order',
      });
    }
    if (p.ageMin !== null && p.ageMax !== null && p.ageMin > p.ageMax) {
      ctx.addIssue({ code: 'custom', path: ['ageMax'], message: 'program.age_order' });
    }
    const unitCodes = p.competencyUnits.map((u) => u.code);
    if (new Set(unitCodes).size !== unitCodes.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['competencyUnits'],
        message: 'common.duplicate_items',
      });
    }
    // Units need not fill every JP: opening, pre-test and post-test take lesson hours too.
    const total = p.competencyUnits.reduce((sum, u) => sum + u.jp, 0);
    if (total > p.durationJp) {
      ctx.addIssue({
        code: 'custom',
        path: ['competencyUnits'],
        message: 'program.units_exceed_jp',
        params: { total, max: p.durationJp },
      });
    }
  });
export type ProgramInput = z.output<typeof programSchema>;
