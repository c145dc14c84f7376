import { graphql, type ResultOf } from '../../lib/graphql';
import type { ComponentItems } from './diff';
import type { Content } from './standard-diff';

/** What a version says, asked for by the list, the version page and every save of a draft. */
export const ServiceStandardContentFields = graphql(`
  fragment ServiceStandardContentFields on ServiceStandardVersion @_unmask {
    maklumat
    complaintResponseDays
    components {
      key
      items
    }
  }
`);

/** Each component's items by its key. */
export const itemsOf = (
  components: readonly { key: string; items: readonly string[] }[],
): ComponentItems => Object.fromEntries(components.map((c) => [c.key, c.items]));

/** A version's content as the editor, the diff and a new draft take it. */
export function contentOf(version: ResultOf<typeof ServiceStandardContentFields>): Content {
  return {
    components: itemsOf(version.components),
    maklumat: version.maklumat,
    complaintResponseDays: version.complaintResponseDays,
  };
}
