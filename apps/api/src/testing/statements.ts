/**
 * Records the SQL statements a piece of work sends: pass `onStatement` to `startTestApi`, then
 * `during(run)` answers the statements sent while `run` ran.
 */
export function statementRecorder() {
  let statements: string[] | null = null;
  return {
    onStatement: (sql: string) => {
      statements?.push(sql);
    },
    async during(run: () => Promise<unknown>): Promise<string[]> {
      const sent: string[] = [];
      statements = sent;
      try {
        await run();
        return sent;
      } finally {
        statements = null;
      }
    },
  };
}
