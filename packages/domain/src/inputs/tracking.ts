import { z } from 'zod';
import { accessTokenSchema } from '../access-token';
import { phoneSchema } from '../phone';
import { trackingCodeSchema } from '../tracking-code';
import { optional } from './fields';

/** Public lookup of a request: the tracking code plus proof of ownership (token or phone). */
export const trackingLookupSchema = z
  .strictObject({
    trackingCode: trackingCodeSchema,
    /** The secret shown on the receipt; typed forms (case, spaces, dashes, O/0, I/1) accepted. */
    accessToken: optional(accessTokenSchema),
    /** The contact phone given in the request. */
    phone: optional(phoneSchema),
  })
  .refine((l) => l.accessToken !== undefined || l.phone !== undefined, {
    message: 'tracking.token_or_phone',
    path: ['accessToken'],
  });
export type TrackingLookupInput = z.output<typeof trackingLookupSchema>;
