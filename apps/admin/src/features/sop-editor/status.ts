/** Badge colour of each version status (dark shades: white text keeps AA contrast). */
export const STATUS_COLOR = {
  draft: 'gray.8',
  submitted: 'blue.9',
  approved: 'violet.9',
  published: 'teal.9',
  superseded: 'dark.6',
} as const;
