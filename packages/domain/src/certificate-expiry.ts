import { type IsoDate, toJakartaDate } from './calendar';

/** Days before expiry from which a certificate is flagged "expiring soon". */
export const EXPIRY_WARNING_DAYS = 60;

/**
 * Where a certificate stands today: `expired` once its last valid day has passed, `expiring`
 * within {@link EXPIRY_WARNING_DAYS}, else `valid`; `permanent` when it never expires.
 */
export type CertificateState = 'expired' | 'expiring' | 'valid' | 'permanent';

export interface CertificateStatus {
  state: CertificateState;
  /** Days from today to the last valid day (0: expires today; negative: expired that long ago). */
  daysLeft: number | null;
}

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both 'YYYY-MM-DD'). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Whether a certificate expiring on `expiresOn` (null: never) is still valid on `day`: its
 * expiry day is its last valid day. The one rule behind the admin's badges, the API's
 * `expired` fields and the scheduling check.
 */
export function certificateValidOn(expiresOn: IsoDate | null, day: IsoDate): boolean {
  return expiresOn === null || expiresOn >= day;
}

/** The state of a certificate expiring on `expiresOn` (null: never), seen on `today` (WIB). */
export function certificateStatus(
  expiresOn: IsoDate | null,
  today: IsoDate = toJakartaDate(new Date()),
  warningDays = EXPIRY_WARNING_DAYS,
): CertificateStatus {
  if (expiresOn === null) return { state: 'permanent', daysLeft: null };
  const daysLeft = daysBetween(today, expiresOn);
  if (daysLeft < 0) return { state: 'expired', daysLeft };
  if (daysLeft <= warningDays) return { state: 'expiring', daysLeft };
  return { state: 'valid', daysLeft };
}

const RANK: Record<CertificateState | 'none', number> = {
  expired: 0,
  expiring: 1,
  none: 2,
  valid: 3,
  permanent: 4,
};

/**
 * The one status an instructor row shows: the most urgent of their certificates (expired before
 * expiring before valid), the soonest expiry among equals; `none` without any certificate.
 */
export function worstCertificateStatus(
  expiries: readonly (IsoDate | null)[],
  today: IsoDate = toJakartaDate(new Date()),
  warningDays = EXPIRY_WARNING_DAYS,
): CertificateStatus | { state: 'none'; daysLeft: null } {
  let worst: CertificateStatus | { state: 'none'; daysLeft: null } = {
    state: 'none',
    daysLeft: null,
  };
  for (const e of expiries) {
    const s = certificateStatus(e, today, warningDays);
    const earlier =
      RANK[s.state] < RANK[worst.state] ||
      (RANK[s.state] === RANK[worst.state] &&
        s.daysLeft !== null &&
        (worst.daysLeft === null || s.daysLeft < worst.daysLeft));
    if (worst.state === 'none' || earlier) worst = s;
  }
  return worst;
}
