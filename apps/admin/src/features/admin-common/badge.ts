/** Badge styles that keep a short status word whole in a narrow table column. */
export const NO_TRUNCATE = {
  root: { overflow: 'visible', maxWidth: 'none' },
  label: { overflow: 'visible' },
} as const;
