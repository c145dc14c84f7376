/** What the confirmation page shows once: kept for this tab only, never in localStorage. */
export interface Receipt {
  trackingCode: string;
  accessToken: string;
  submittedAt: string;
  firstDeadline: string | null;
  organizationName: string;
  programLabel: string;
  regionLabel: string;
}

const KEY = 'blk.receipt';

export function saveReceipt(receipt: Receipt): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(receipt));
  } catch {
    // The page still gets it through memory below.
  }
  lastReceipt = receipt;
}

let lastReceipt: Receipt | null = null;

export function loadReceipt(): Receipt | null {
  if (lastReceipt) return lastReceipt;
  try {
    const raw = sessionStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Receipt) : null;
  } catch {
    return null;
  }
}
