/** The floor's hand-written SQL, also explained (EXPLAIN ANALYZE) by the bench. */
const LIST_SELECT = `
  SELECT r.id, r."trackingCode", r.state, r."stepDueAt", r."submittedAt", r."closedAt",
         r."participantsExpected", r."sopVersionId",
         q."organizationName", q.type, g.code, g.name, k.code AS kcode, k.name AS kname,
         p.id AS pid, p.name AS pname
  FROM "TrainingRequest" r
  JOIN "Requester" q ON q.id = r."requesterId"
  JOIN "Region" g ON g.code = r."regionCode"
  LEFT JOIN "Region" c ON c.code = g."parentCode"
  LEFT JOIN "Region" k ON k.code = c."parentCode"
  LEFT JOIN "TrainingProgram" p ON p.id = r."programId"`;

/** Hand-written SQL for each operation, named like the bench's cases. */
export const FLOOR_SQL = {
  list: `${LIST_SELECT} ORDER BY r."submittedAt" DESC, r.id DESC LIMIT 101`,
  filtered: `${LIST_SELECT}
    WHERE r.state = ANY($1) AND (r."regionCode" = $2 OR r."regionCode" LIKE $2 || '.%')
    ORDER BY r."submittedAt" DESC, r.id DESC LIMIT 101`,
  search: `${LIST_SELECT}
    WHERE r."trackingCode" LIKE '%' || upper($1) || '%' OR q."organizationName" ILIKE '%' || $1 || '%'
       OR q."contactName" ILIKE '%' || $1 || '%' OR g.name ILIKE '%' || $1 || '%'
    ORDER BY r."submittedAt" DESC, r.id DESC LIMIT 101`,
  myWork: `${LIST_SELECT}
    WHERE r."sopVersionId" = ANY($1) AND r.state = ANY($2) AND r."closedAt" IS NULL
    ORDER BY r."stepDueAt" ASC NULLS LAST, r.id ASC LIMIT 101`,
};
