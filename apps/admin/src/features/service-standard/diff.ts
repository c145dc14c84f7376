import { SERVICE_STANDARD_COMPONENTS, type ServiceStandardComponentKey } from '@blk/domain';

/** The content two versions are compared on: each component's items. */
export type ComponentItems = Readonly<Partial<Record<string, readonly string[]>>>;

/** One component's change against the version in force, item by item. */
export interface ComponentChange {
  key: ServiceStandardComponentKey;
  no: number;
  before: readonly { text: string; removed: boolean }[];
  after: readonly { text: string; added: boolean }[];
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((item, i) => item.trim() === b[i]?.trim());

/** Keys of the components whose items differ (order counts: it is the published order). */
export function changedKeys(before: ComponentItems, after: ComponentItems): Set<string> {
  return new Set(
    SERVICE_STANDARD_COMPONENTS.filter((c) => !same(before[c.key] ?? [], after[c.key] ?? [])).map(
      (c) => c.key,
    ),
  );
}

/** The changed components in the regulation's order, each item marked removed / added. */
export function componentChanges(before: ComponentItems, after: ComponentItems): ComponentChange[] {
  return SERVICE_STANDARD_COMPONENTS.flatMap((c, i) => {
    const old = before[c.key] ?? [];
    const now = after[c.key] ?? [];
    if (same(old, now)) return [];
    const oldSet = new Set(old.map((s) => s.trim()));
    const nowSet = new Set(now.map((s) => s.trim()));
    return [
      {
        key: c.key,
        no: i + 1,
        before: old.map((text) => ({ text, removed: !nowSet.has(text.trim()) })),
        after: now.map((text) => ({ text, added: !oldSet.has(text.trim()) })),
      },
    ];
  });
}
