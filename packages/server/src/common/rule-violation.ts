import { DomainError, ErrorCode } from './errors.js';

/**
 * A rule broken by one record, said in English (the API's message) and in Bahasa Indonesia (an
 * import's row error), so the API and the import apply one rule and report it the same way: the
 * API throws it as it is, an import catches it and reports it against the row and the column that
 * `field` names.
 */
export class RuleViolation extends DomainError {
  constructor(
    code: ErrorCode.BAD_USER_INPUT | ErrorCode.FORBIDDEN,
    field: string,
    english: string,
    readonly indonesian: string,
  ) {
    super(code, english, field);
    this.name = 'RuleViolation';
  }

  static invalid(field: string, english: string, indonesian: string): RuleViolation {
    return new RuleViolation(ErrorCode.BAD_USER_INPUT, field, english, indonesian);
  }

  static notAllowed(field: string, english: string, indonesian: string): RuleViolation {
    return new RuleViolation(ErrorCode.FORBIDDEN, field, english, indonesian);
  }
}
