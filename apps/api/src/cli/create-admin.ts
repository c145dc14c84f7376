/**
 * `npm run admin:create -- --email kepala.tu@disnaker.example.go.id [--name "…"] [--role …]`:
 * opens a staff account on the configured database (DATABASE_URL, or the embedded one), applying
 * pending migrations and the reference data first. The password is typed at a prompt (not shown)
 * or, when stdin is not a terminal, read from its first line, so it never appears in the shell
 * history or the process list. `--reset-password` sets a new password on an existing account
 * (and unlocks it). Every change is written to the audit log as done by the system.
 */
import { parseArgs } from 'node:util';
import { exitOnDatabaseError, hashPassword, openDatabase, resolveDatabaseTarget } from '@blk/db';
import { seedReferenceData } from '@blk/db/seed';
import { message, staffUserSchema } from '@blk/domain';
import { loadEnv } from '../env';

const usage = `Usage: npm run admin:create -- --email <e-mail> [--name <name>] [--role admin_sistem] [--reset-password]
The password is asked for (twice) at the terminal, or read from the first line of stdin:
  printf '%s\\n' "$PASSWORD" | npm run admin:create -- --email admin@disnaker.example.go.id`;

function fail(text: string): never {
  console.error(text);
  process.exit(1);
}

/** Reads one line from a terminal without echoing it. */
async function promptHidden(question: string): Promise<string> {
  const { stdin, stdout } = process;
  stdout.write(question);
  stdin.setRawMode?.(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  return new Promise((resolve) => {
    let value = '';
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          stdin.off('data', onData);
          stdin.setRawMode?.(false);
          stdin.pause();
          stdout.write('\n');
          resolve(value);
          return;
        }
        if (ch === '\u0003') process.exit(130);
        if (ch === '\u007f') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** The first line of a piped stdin. */
async function readStdinLine(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) {
    text += String(chunk);
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/)[0] ?? '';
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readStdinLine();
  const first = await promptHidden('Kata sandi / password: ');
  const second = await promptHidden('Ulangi / repeat: ');
  if (first !== second) fail('Kata sandi tidak sama. / The passwords differ.');
  return first;
}

/** A domain message key in both languages; anything else as it is. */
function explain(key: string): string {
  try {
    const k = key as Parameters<typeof message>[0];
    return `${message(k, 'id')} / ${message(k, 'en')}`;
  } catch {
    return key;
  }
}

const { values } = (() => {
  try {
    return parseArgs({
      options: {
        email: { type: 'string' },
        name: { type: 'string', default: 'Admin Sistem' },
        role: { type: 'string', default: 'admin_sistem' },
        'reset-password': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
      strict: true,
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${usage}`);
  }
})();
if (values.help || !values.email) fail(usage);

const env = (() => {
  try {
    return loadEnv();
  } catch (error) {
    return fail((error as Error).message);
  }
})();
const password = await readPassword();
const parsed = staffUserSchema.safeParse({
  email: values.email,
  name: values.name,
  roleKey: values.role,
  password,
});
if (!parsed.success)
  fail(parsed.error.issues.map((i) => `${i.path.join('.')}: ${explain(i.message)}`).join('\n'));
const input = parsed.data;

const db = await openDatabase(
  resolveDatabaseTarget({ databaseUrl: env.DATABASE_URL, pgliteDir: env.BLK_PGLITE_DIR }),
  { migrate: true },
).catch(exitOnDatabaseError);
try {
  await seedReferenceData(db.prisma);
  if (!(await db.prisma.role.findUnique({ where: { key: input.roleKey } })))
    fail(
      `Unknown role ${input.roleKey}; one of: ${(await db.prisma.role.findMany()).map((r) => r.key).join(', ')}`,
    );
  const passwordHash = await hashPassword(input.password);
  const now = new Date();
  const existing = await db.prisma.staffUser.findUnique({ where: { email: input.email } });
  if (existing && !values['reset-password'])
    fail(`${input.email} already has an account (use --reset-password to give it a new password).`);
  const user = await db.prisma.$transaction(async (tx) => {
    const saved = existing
      ? await tx.staffUser.update({
          where: { id: existing.id },
          data: {
            passwordHash,
            passwordChangedAt: now,
            failedLoginCount: 0,
            lockedUntil: null,
            active: true,
          },
        })
      : await tx.staffUser.create({
          data: {
            email: input.email,
            name: input.name,
            roleKey: input.roleKey,
            passwordHash,
            passwordChangedAt: now,
          },
        });
    // A new password ends every session of the account.
    if (existing) await tx.staffSession.deleteMany({ where: { userId: existing.id } });
    await tx.auditLog.create({
      data: {
        at: now,
        actorType: 'system',
        action: existing ? 'staff_user.reset_password' : 'staff_user.create',
        entityType: 'StaffUser',
        entityId: saved.id,
        data: { email: saved.email, name: saved.name, roleKey: saved.roleKey, via: 'cli' },
      },
    });
    return saved;
  });
  console.log(
    `${existing ? 'Password reset for' : 'Created'} ${user.email} (${user.roleKey}) on ${db.kind}.`,
  );
} finally {
  await db.close();
}
