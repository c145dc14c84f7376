/** A calendar day 'YYYY-MM-DD' as the UTC midnight that Prisma stores in a @db.Date column. */
export function dateColumn(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
