/** `pnpm db:seed`: migrates, then loads reference and demo data (safe to run again). */
import { seedAll } from '../seed';
import { openFromEnv } from './open-from-env';

const db = await openFromEnv();
try {
  const summary = await seedAll(db.prisma);
  console.log(
    `Seeded (${db.kind}): ${Object.entries(summary)
      .map(([k, v]) => `${v} ${k}`)
      .join(', ')}`,
  );
} finally {
  await db.close();
}
