/**
 * Writes graphiql.js and graphiql.css into `outDir`, resolving packages from `apiDir`; with
 * `replace`, an existing bundle is swapped for the new one, otherwise it is kept.
 */
export declare function bundleGraphiql(options: {
  apiDir: string;
  outDir: string;
  replace?: boolean;
}): Promise<void>;
