import { z } from 'zod';
import { phoneSchema } from '../phone';
import { trackingCodeSchema } from '../tracking-code';
import { optional } from './fields';

/** Public lookup of a request: the tracking code plus proof of ownership (token or phone). */
export const trackingLookupSchema = z
  .strictObject({
    trackingCode: trackingCodeSchema,
    /** The secret handed out with the tracking code (link in the SMS/e-mail). */
    accessToken: optional(z.string().trim().min(16).max(128)),
    /** The contact phone given in the request. */
    phone: optional(phoneSchema),
  })
  .refine((l) => l.accessToken !== undefined || l.phone !== undefined, {
    message: 'tracking.token_or_phone',
    path: ['accessToken'],
  });
export type TrackingLookupInput = z.output<typeof trackingLookupSchema>;
