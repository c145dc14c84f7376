import { z } from 'zod';
import type { Localized } from '../i18n';
import { text, uniqueList } from './fields';

/** What an integrator's API key may do. */
export const API_KEY_SCOPES = [
  'catalog:read',
  'requests:read',
  'requests:write',
  'schedules:read',
  'surveys:read',
  'reports:read',
] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** Test keys see only test data and send no real SMS/e-mail (as in GOV.UK Notify). */
export const API_KEY_MODES = ['test', 'live'] as const;
export type ApiKeyMode = (typeof API_KEY_MODES)[number];
export const API_KEY_MODE_LABELS = {
  test: { id: 'Uji coba', en: 'Test' },
  live: { id: 'Produksi', en: 'Live' },
} as const satisfies Record<ApiKeyMode, Localized>;

/** Creation of an API key by an admin. */
export const apiKeyCreateSchema = z.strictObject({
  name: text(100, 3),
  scopes: uniqueList(z.enum(API_KEY_SCOPES), API_KEY_SCOPES.length, 1),
  mode: z.enum(API_KEY_MODES),
});
export type ApiKeyCreateInput = z.output<typeof apiKeyCreateSchema>;
