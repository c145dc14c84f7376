/** The fixed "today" of the seeded demo data in tests. */
export const TEST_ANCHOR = new Date('2026-11-30T03:00:00Z');
