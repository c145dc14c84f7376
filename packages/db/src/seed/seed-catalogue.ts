import type { PrismaClient } from '../generated/prisma/client';
import {
  INSTRUCTORS,
  KEJURUAN,
  PROGRAMS,
  programRequirements,
  programSiteRequirements,
  ROLES,
  STAFF,
} from './catalogue';

/** Seeds roles, kejuruan, programs with units, instructors with competencies, staff accounts. */
export async function seedCatalogue(prisma: PrismaClient, passwordHash: string): Promise<void> {
  for (const role of ROLES) {
    await prisma.role.upsert({ where: { key: role.key }, create: role, update: role });
  }
  for (const k of KEJURUAN) {
    await prisma.kejuruan.upsert({ where: { code: k.code }, create: k, update: k });
  }
  for (const p of PROGRAMS) {
    const [classSizeMin, classSizeDefault, classSizeMax] = p.classSize;
    const data = {
      name: p.name,
      kejuruanCode: p.kejuruanCode,
      description: p.description,
      durationDays: p.durationDays,
      durationJp: p.durationJp,
      classSizeMin,
      classSizeDefault,
      classSizeMax,
      minAge: p.ages[0],
      maxAge: p.ages[1],
      technical: p.technical,
      requirements: programRequirements(p),
      siteRequirements: programSiteRequirements(p),
      learningOutcomes: p.learningOutcomes,
    };
    const program = await prisma.trainingProgram.upsert({
      where: { code: p.code },
      create: { code: p.code, ...data },
      update: data,
    });
    for (const [i, [title, jp]] of p.units.entries()) {
      const code = `${p.code}-U${i + 1}`;
      await prisma.competencyUnit.upsert({
        where: { programId_code: { programId: program.id, code } },
        create: { programId: program.id, code, title, jp, position: i + 1 },
        update: { title, jp, position: i + 1 },
      });
    }
  }
  const programIds = new Map(
    (await prisma.trainingProgram.findMany({ select: { id: true, code: true } })).map((p) => [
      p.code,
      p.id,
    ]),
  );
  for (const [i, ins] of INSTRUCTORS.entries()) {
    const data = { name: ins.name, phone: ins.phone, homeIsland: ins.homeIsland };
    const instructor = await prisma.instructor.upsert({
      where: { nip: ins.nip },
      create: { nip: ins.nip, ...data },
      update: data,
    });
    for (const code of ins.programs) {
      const programId = programIds.get(code);
      if (!programId) throw new Error(`seed: unknown program ${code}`);
      await prisma.instructorCompetency.upsert({
        where: { instructorId_programId: { instructorId: instructor.id, programId } },
        create: { instructorId: instructor.id, programId },
        update: {},
      });
      // One competency certificate per program; every fourth instructor's first one is
      // expired or about to, so the admin app has expiry warnings to show.
      const number = `LSP-BLK-${ins.nip.slice(0, 8)}-${code}`;
      const expired = i % 4 === 0 && code === ins.programs[0];
      const certData = {
        instructorId: instructor.id,
        programId,
        name: `Sertifikat Kompetensi ${code}`,
        issuedOn: new Date(expired ? '2023-01-16' : '2025-03-10'),
        expiresOn: new Date(expired ? '2026-01-16' : '2028-03-10'),
      };
      await prisma.instructorCertification.upsert({
        where: { issuer_number: { issuer: 'LSP P1 BLK Babel', number } },
        create: { issuer: 'LSP P1 BLK Babel', number, ...certData },
        update: certData,
      });
    }
  }
  for (const s of STAFF) {
    const instructorId =
      'instructorNip' in s
        ? ((await prisma.instructor.findUnique({ where: { nip: s.instructorNip } }))?.id ?? null)
        : null;
    const nip = 'nip' in s ? s.nip : null;
    await prisma.staffUser.upsert({
      where: { email: s.email },
      create: { email: s.email, name: s.name, roleKey: s.roleKey, nip, instructorId, passwordHash },
      update: { name: s.name, roleKey: s.roleKey, nip, instructorId },
    });
  }
}
