import { CompetencyRule, CourseMode, TrainingKind } from '../../training/course.entity.js';
import { cell } from '../import-cells.js';
import { CellProblem } from '../import-row.js';
import { complete, ImportKind, type KindDefinition } from '../import-kind.js';
import { copyRows, scratchTable } from '../import-write.js';
import { codeIds, duplicateKeys, known } from './shared.js';

interface CourseLink {
  code: string;
  targetLevel: number;
  rule: CompetencyRule;
}

interface CourseRow {
  code: string;
  title: string;
  providerCode: string;
  mode: CourseMode;
  kind: TrainingKind;
  jp: number;
  links: CourseLink[] | null;
}

/** "M.01:3; DC.1.1:2:EVIDENCE_ONLY" → links; the rule defaults to RAISE_TO_TARGET. */
function parseLinks(column: string, raw: string): CourseLink[] {
  const links: CourseLink[] = [];
  for (const part of raw.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const [code, level, rule] = part.split(':').map((p) => p.trim());
    const targetLevel = cell.level(`${column} (${code})`, level ?? '');
    if (links.some((l) => l.code === code)) throw new CellProblem(`${column}: ${code} tertulis dua kali`, `${column}: ${code} is listed twice`);
    links.push({ code, targetLevel, rule: rule ? cell.oneOf(column, rule, CompetencyRule) : CompetencyRule.RAISE_TO_TARGET });
  }
  return links;
}

const linksText = (links: CourseLink[]) => links.map((l) => `${l.code}:${l.targetLevel}:${l.rule}`).sort().join('; ');

/** The course catalogue, keyed by course code; the competencies a course develops in one cell. */
export const coursesLayout: KindDefinition<CourseRow> = {
  kind: ImportKind.COURSES,
  slug: 'courses',
  titleIndonesian: 'Katalog pelatihan',
  titleEnglish: 'Courses',
  columns: [
    { key: 'code', header: 'kode_pelatihan', headerEnglish: 'course_code', required: true, description: 'Unique course code (at most 40 characters).', example: 'PKA-2025' },
    { key: 'title', header: 'judul', headerEnglish: 'title', required: true, description: 'Title of the course (at most 300 characters).', example: 'Pelatihan Kepemimpinan Administrator' },
    { key: 'providerCode', header: 'kode_penyelenggara', headerEnglish: 'provider_code', required: true, description: 'Code of the provider (import providers first).', example: 'BPSDM-SUMSEL' },
    { key: 'mode', header: 'mode', headerEnglish: 'mode', required: true, description: `Mode of delivery: ${Object.values(CourseMode).join(', ')}.`, example: 'KLASIKAL' },
    { key: 'kind', header: 'jenis_pelatihan', headerEnglish: 'training_kind', required: true, description: `Kind of training: ${Object.values(TrainingKind).join(', ')}.`, example: 'KEPEMIMPINAN' },
    { key: 'jp', header: 'jp', headerEnglish: 'lesson_hours', required: true, description: 'Lesson hours (JP) credited on completion, a whole number ≥ 0.', example: '40' },
    {
      key: 'links', header: 'kompetensi', headerEnglish: 'competencies', required: false,
      description: 'Competencies developed: CODE:LEVEL[:RULE] separated by ";" (RULE is RAISE_TO_TARGET by default, or EVIDENCE_ONLY). When the column is present it replaces the list; when absent the list is left alone.',
      example: 'M.04:3; M.08:3:EVIDENCE_ONLY',
    },
  ],
  parseRow(r) {
    const code = r.take('code', (c, v) => cell.text(c, v, 40));
    const title = r.take('title', (c, v) => cell.text(c, v, 300));
    const providerCode = r.take('providerCode', (c, v) => cell.text(c, v, 40));
    const mode = r.take('mode', (c, v) => cell.oneOf(c, v, CourseMode));
    const kind = r.take('kind', (c, v) => cell.oneOf(c, v, TrainingKind));
    const jp = r.take('jp', (c, v) => cell.wholeNumber(c, v, 0));
    const links = r.has('links') ? r.take('links', parseLinks) : null;
    return complete(r, { code: code!, title: title!, providerCode: providerCode!, mode: mode!, kind: kind!, jp: jp!, links: links ?? null });
  },
  async plan(rows, ctx) {
    const { session } = ctx;
    const unique = duplicateKeys(rows, (v) => v.code, ctx, 'code');
    const providers = await codeIds(session, 'training_provider', unique.map((r) => r.value.providerCode));
    const competencies = await codeIds(session, 'competency', unique.flatMap((r) => (r.value.links ?? []).map((l) => l.code)));
    const valid = unique.filter(({ row, value: v }) => {
      let ok = known(providers, v.providerCode, row, ctx, 'providerCode', 'penyelenggara dengan kode', 'training provider with code');
      for (const link of v.links ?? []) ok = known(competencies, link.code, row, ctx, 'links', 'kompetensi dengan kode', 'competency with code') && ok;
      return ok;
    });
    const stored = new Map(
      (await session.query<{ id: number; code: string; title: string; provider_code: string; mode: string; kind: string; jp: number; links: string }>(
        `select c.id, c.code, c.title, p.code as provider_code, c.mode, c.kind, c.jp,
                coalesce((select string_agg(k.code || ':' || l.target_level || ':' || l.rule, '; ' order by k.code || ':' || l.target_level || ':' || l.rule)
                            from course_competency l join competency k on k.id = l.competency_id where l.course_id = c.id), '') as links
           from course c join training_provider p on p.id = c.provider_id where c.code = any($1)`,
        [valid.map((r) => r.value.code)],
      )).map((s) => [s.code, s]),
    );
    const creates = valid.filter((r) => !stored.has(r.value.code));
    const updates = valid.filter(({ value: v }) => {
      const s = stored.get(v.code);
      return s && (s.title !== v.title || s.provider_code !== v.providerCode || s.mode !== v.mode || s.kind !== v.kind || Number(s.jp) !== v.jp || (v.links !== null && s.links !== linksText(v.links)));
    });
    return {
      toCreate: creates.length,
      toUpdate: updates.length,
      unchanged: valid.length - creates.length - updates.length,
      async apply(session, hooks) {
        const changed = [...creates, ...updates];
        if (!changed.length) return 0;
        await scratchTable(session, 'import_course', 'code varchar(40), title varchar(300), provider_id int, mode text, kind text, jp int');
        await copyRows(session, 'import_course', ['code', 'title', 'provider_id', 'mode', 'kind', 'jp'], changed.map(({ value: v }) => [v.code, v.title, providers.get(v.providerCode)!, v.mode, v.kind, v.jp]));
        await session.query('insert into course (code, title, provider_id, mode, kind, jp) select code, title, provider_id, mode, kind, jp from import_course t where not exists (select 1 from course c where c.code = t.code)');
        hooks.written(creates.length);
        await session.query('update course c set title = t.title, provider_id = t.provider_id, mode = t.mode, kind = t.kind, jp = t.jp from import_course t where c.code = t.code');
        hooks.written(updates.length);
        const relinked = changed.filter((r) => r.value.links !== null);
        if (relinked.length) {
          await scratchTable(session, 'import_course_link', 'course_code varchar(40), competency_id int, target_level smallint, rule text');
          await copyRows(session, 'import_course_link', ['course_code', 'competency_id', 'target_level', 'rule'], relinked.flatMap(({ value: v }) => v.links!.map((l) => [v.code, competencies.get(l.code)!, l.targetLevel, l.rule])));
          await session.query('delete from course_competency l using course c where c.id = l.course_id and c.code = any($1)', [relinked.map((r) => r.value.code)]);
          await session.query('insert into course_competency (course_id, competency_id, target_level, rule) select c.id, t.competency_id, t.target_level, t.rule from import_course_link t join course c on c.code = t.course_code');
        }
        return changed.length;
      },
    };
  },
  exportSql: `select c.id as _id, c.code, c.title, p.code as "providerCode", c.mode, c.kind, c.jp::text as jp,
                     coalesce((select string_agg(k.code || ':' || l.target_level || ':' || l.rule, '; ' order by k.code || ':' || l.target_level || ':' || l.rule)
                                 from course_competency l join competency k on k.id = l.competency_id where l.course_id = c.id), '') as links
                from course c join training_provider p on p.id = c.provider_id where c.id > $1 order by c.id limit $2`,
};
