import { RuleViolation } from '../../common/rule-violation.js';
import { AssessmentMethod } from '../assessment/competency-assessment.entity.js';
import { Role } from '../auth/account.entity.js';
import type { Viewer } from './access.js';

/**
 * Separation of duties (docs/security.md, "Separation of duties"): nobody judges or credits
 * themselves, and whoever judges is whoever is signed in, unless BKPSDM enters the judgement on the
 * judge's behalf, which is then recorded as entered by BKPSDM's account for that judge.
 *
 * The rules are pure: the API (a mutation's service) and an import (run by BKPSDM) apply the same
 * ones, to the same fields; a broken rule is a `RuleViolation` the API returns as it is and an import
 * reports against the row.
 */

/** Who writes a record: the signed-in account, or the account that started an import. */
export interface Writer {
  /** The account, recorded as `enteredBy`; null for an import from the command line without one. */
  accountId: number | null;
  /** Its role; null for the command line, which only BKPSDM's operators run on the server. */
  role: Role | null;
  /** The person behind the account, if any: the one employee this writer may never judge or credit. */
  employeeId: number | null;
}

/** The writer of a request: its signed-in viewer. */
export function writerOf(viewer: Viewer | null): Writer {
  return { accountId: viewer?.accountId ?? null, role: viewer?.role ?? null, employeeId: viewer?.employeeId ?? null };
}

/**
 * Whether the writer may enter a judgement made by someone else: BKPSDM (ADMIN) typing a paper form
 * or importing a file, and the command-line import. Everyone else records their own judgements only.
 */
function entersForOthers(writer: Writer): boolean {
  return writer.role === Role.ADMIN || writer.role === null;
}

/** A kind of record nobody writes on themselves, with the reason, in both languages. */
interface OwnRecordRule {
  english: string;
  indonesian: string;
}

const SKP: OwnRecordRule = {
  english: 'Nobody records their own SKP: it is rated by the direct superior (pejabat penilai kinerja, PermenPANRB 6/2022)',
  indonesian: 'Tidak seorang pun mencatat SKP dirinya sendiri: SKP dinilai oleh atasan langsung (pejabat penilai kinerja, PermenPANRB 6/2022)',
};
const ASSESSMENT: OwnRecordRule = {
  english: 'Nobody records an assessment of themselves other than a SELF assessment: the level is judged by someone else (supervisor, assessor, assessment centre)',
  indonesian: 'Tidak seorang pun mencatat penilaian kompetensi dirinya sendiri selain penilaian MANDIRI (SELF): levelnya dinilai orang lain (atasan, asesor, assessment center)',
};
const TRAINING: OwnRecordRule = {
  english: 'Nobody starts, completes or fails their own training: its JP and the competencies it raises are credited by someone else (planner, supervisor, BKPSDM)',
  indonesian: 'Tidak seorang pun memulai, menyelesaikan, atau menggagalkan pelatihannya sendiri: JP dan kompetensinya dikreditkan oleh orang lain (perencana, atasan, BKPSDM)',
};

function refuseOwn(writer: Writer, employeeId: number, rule: OwnRecordRule, field: string): void {
  if (writer.employeeId === employeeId) throw RuleViolation.notAllowed(field, rule.english, rule.indonesian);
}

/** Methods only BKPSDM enters, on behalf of the body or assessor who judged (PermenPANRB 38/2017: assessment by a certified assessor or a test). */
const ENTERED_BY_BKPSDM = new Set([AssessmentMethod.ASSESSMENT_CENTER, AssessmentMethod.UJI_KOMPETENSI, AssessmentMethod.CERTIFICATE, AssessmentMethod.TRAINING, AssessmentMethod.PEER_360]);

/**
 * The assessor to record for a competency assessment, or a violation:
 * - SELF: the employee's own judgement; recorded by the employee, or entered by BKPSDM from their form;
 *   its assessor, if named, is the employee (the method already says who judged);
 * - SUPERVISOR: recorded by a supervisor of the employee (the guard has checked the employee is a
 *   report), whose assessor is the supervisor signed in; BKPSDM may enter it for a named supervisor;
 * - ASSESSMENT_CENTER, UJI_KOMPETENSI, CERTIFICATE, TRAINING, PEER_360: entered by BKPSDM only, for the
 *   centre, test, certifier, course or peers that judged;
 * - and, whatever the method but SELF, never on oneself and never with oneself as the assessor.
 */
export function assessorOf(writer: Writer, a: { employeeId: number; method: AssessmentMethod; assessorId: number | null }): number | null {
  if (a.method === AssessmentMethod.SELF) {
    if (a.assessorId !== null && a.assessorId !== a.employeeId) {
      throw RuleViolation.invalid('assessorId', 'A SELF assessment is the employee\'s own judgement: its assessor is the employee', 'Penilaian MANDIRI (SELF) adalah penilaian pegawai itu sendiri: penilainya adalah pegawai tersebut');
    }
    if (writer.employeeId !== a.employeeId && !entersForOthers(writer)) {
      throw RuleViolation.notAllowed('method', 'A SELF assessment is recorded by the employee, or entered by BKPSDM from their form; not by anyone else', 'Penilaian MANDIRI (SELF) dicatat oleh pegawai itu sendiri atau dientri BKPSDM dari formulirnya; tidak oleh orang lain');
    }
    return a.assessorId;
  }
  refuseOwn(writer, a.employeeId, ASSESSMENT, 'employeeId');
  if (a.assessorId === a.employeeId) {
    throw RuleViolation.invalid('assessorId', 'The assessor cannot be the employee assessed, other than in a SELF assessment', 'Penilai tidak boleh pegawai yang dinilai, kecuali pada penilaian MANDIRI (SELF)');
  }
  if (entersForOthers(writer)) return a.assessorId;
  if (ENTERED_BY_BKPSDM.has(a.method)) {
    throw RuleViolation.notAllowed('method', `A ${a.method} assessment is entered by BKPSDM for the body or assessor that judged; a supervisor records SUPERVISOR ratings`, `Penilaian ${a.method} dientri oleh BKPSDM atas nama lembaga atau asesor yang menilai; atasan mencatat penilaian ATASAN (SUPERVISOR)`);
  }
  if (a.assessorId !== null && a.assessorId !== writer.employeeId) {
    throw RuleViolation.notAllowed('assessorId', 'You record your own rating: the assessor is you (leave assessorId empty); BKPSDM enters a rating on another assessor\'s behalf', 'Anda mencatat penilaian Anda sendiri: penilainya adalah Anda; BKPSDM yang mengentri penilaian atas nama penilai lain');
  }
  return writer.employeeId;
}

/**
 * The evaluator to record for an SKP, or a violation: never one's own SKP; a supervisor is the
 * evaluator of what they record (the guard has checked the employee is a report); BKPSDM may enter
 * an SKP for a named evaluator, never the employee.
 */
export function evaluatorOf(writer: Writer, e: { employeeId: number; evaluatorId: number | null }): number | null {
  refuseOwn(writer, e.employeeId, SKP, 'employeeId');
  if (e.evaluatorId === e.employeeId) {
    throw RuleViolation.invalid('evaluatorId', 'An employee cannot evaluate their own SKP', 'Pegawai tidak dapat menilai SKP-nya sendiri');
  }
  if (entersForOthers(writer)) return e.evaluatorId;
  if (e.evaluatorId !== null && e.evaluatorId !== writer.employeeId) {
    throw RuleViolation.notAllowed('evaluatorId', 'You record your own evaluation: the evaluator is you (leave evaluatorId empty); BKPSDM enters an SKP on another evaluator\'s behalf', 'Anda mencatat penilaian Anda sendiri: penilainya adalah Anda; BKPSDM yang mengentri SKP atas nama penilai lain');
  }
  return writer.employeeId;
}

/** Refuses starting, completing or failing a training of the writer's own person. Scheduling one is allowed: it only asks. */
export function refuseOwnTraining(writer: Writer, employeeId: number, field: string): void {
  refuseOwn(writer, employeeId, TRAINING, field);
}
