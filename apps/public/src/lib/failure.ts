import { graphql } from '../graphql';

/**
 * What every mutation's error members are asked for, in one place (the admin app has the same):
 * spread `...MutationFailure` in the result selection and pass `[MutationFailureFragment]` to
 * `graphql()`. Unmasked, so the fields sit on the result as if written inline; any type
 * implementing `Error` matches. The code is `errorCode`, so it never clashes with a success
 * type's own `code`.
 */
export const MutationFailureFragment = graphql(`
  fragment MutationFailure on Error @_unmask {
    __typename
    errorCode: code
    message
    ... on ValidationError {
      issues {
        path
        code
        message
      }
    }
  }
`);
