import {
  HOLIDAY_KIND_LABELS,
  HOLIDAY_KINDS,
  type HolidayInput as HolidayData,
  holidaySchema,
} from '@blk/domain';
import { builder } from '../../graphql/builder';
import type { Context } from '../../graphql/context';
import { enumValues } from '../../graphql/enum-values';
import { mutationErrors } from '../../graphql/error-types';
import type { MutationFields } from '../../graphql/field-group';
import { validated } from '../../graphql/validate';
import { requireCapability } from '../auth/capability';
import { dateColumn } from '../shared/date-column';
import { addHoliday } from './add-holiday';
import { removeHoliday } from './remove-holiday';
import { updateHoliday } from './update-holiday';

const HolidayKindEnum = builder.enumType('HolidayKind', {
  description: 'Kind of day off set by the SKB 3 Menteri.',
  values: enumValues(HOLIDAY_KINDS, (k) => HOLIDAY_KIND_LABELS[k].en),
});

export const Holiday = builder.prismaObject('Holiday', {
  description:
    'A national holiday or cuti bersama. Days off are skipped when deadlines are counted in working days.',
  fields: (t) => ({
    date: t.expose('date', { type: 'Date' }),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: HolidayKindEnum }),
    basis: t.exposeString('basis', { nullable: true }),
    isDayOff: t.exposeBoolean('isDayOff', {
      description: 'False for a cuti bersama the office decided to work on.',
    }),
  }),
});

const HolidayInput = builder.inputType('HolidayInput', {
  description: 'A holiday, validated with the shared holiday schema.',
  fields: (t) => ({
    date: t.field({
      type: 'Date',
      required: true,
      description: 'The day; it identifies the entry.',
    }),
    name: t.string({ required: true, description: 'Name in Bahasa Indonesia.' }),
    kind: t.field({ type: HolidayKindEnum, required: true, description: 'Kind of day off.' }),
    basis: t.string({ required: false, description: 'The decree, e.g. SKB 3 Menteri 2027.' }),
    isDayOff: t.boolean({
      required: false,
      description:
        'Whether the office closes; only a cuti bersama may be false. Default: true when adding, unchanged when updating.',
    }),
  }),
});

const manageHolidays = requireCapability('manageHolidays');

/** The schema-checked part of a holiday input (the day-off decision is checked by the service). */
function holidayInput(
  input: typeof HolidayInput.$inferInput,
  ctx: Parameters<typeof validated>[2],
) {
  const { isDayOff, ...rest } = input;
  return { holiday: validated(holidaySchema, rest, ctx), isDayOff: isDayOff ?? undefined };
}

/** A change of one listed day (adding or updating it): the day as input, the stored day back. */
function holidayChange(
  t: MutationFields,
  description: string,
  save: (
    ctx: Context,
    holiday: HolidayData,
    isDayOff: boolean | undefined,
  ) => Promise<{ date: Date }>,
) {
  return t.prismaField({
    type: 'Holiday',
    description,
    authScopes: manageHolidays,
    errors: mutationErrors(),
    args: { input: t.arg({ type: HolidayInput, required: true, description: 'The day.' }) },
    resolve: async (query, _root, args, ctx) => {
      const { holiday, isDayOff } = holidayInput(args.input, ctx);
      const saved = await save(ctx, holiday, isDayOff);
      return ctx.prisma.holiday.findUniqueOrThrow({ ...query, where: { date: saved.date } });
    },
  });
}

builder.queryFields((t) => ({
  holidays: t.prismaField({
    type: ['Holiday'],
    description: 'Holidays and cuti bersama of a year, in date order (public).',
    args: { year: t.arg.int({ required: true, description: 'Calendar year, e.g. 2027.' }) },
    resolve: (query, _root, args, ctx) => {
      if (args.year < 1900 || args.year > 9999) return [];
      return ctx.prisma.holiday.findMany({
        ...query,
        where: {
          date: { gte: dateColumn(`${args.year}-01-01`), lte: dateColumn(`${args.year}-12-31`) },
        },
        orderBy: { date: 'asc' },
      });
    },
  }),
}));

builder.mutationFields((t) => ({
  addHoliday: holidayChange(
    t,
    'Add a day to the holiday list (capability manageHolidays). Deadlines already set are not moved.',
    (ctx, holiday, isDayOff) => addHoliday(ctx, { ...holiday, isDayOff: isDayOff ?? true }),
  ),
  updateHoliday: holidayChange(
    t,
    'Change a listed day, e.g. mark a cuti bersama the office works (capability manageHolidays).',
    updateHoliday,
  ),
  removeHoliday: t.field({
    type: Holiday,
    description: 'Remove a day listed by mistake; returns it (capability manageHolidays).',
    authScopes: manageHolidays,
    errors: mutationErrors(),
    args: { date: t.arg({ type: 'Date', required: true, description: 'The day.' }) },
    resolve: (_root, args, ctx) => removeHoliday(ctx, String(args.date)),
  }),
}));
