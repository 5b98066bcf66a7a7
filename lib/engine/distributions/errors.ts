/** One violated parameter rule: the field (dot path), the rule's id and a readable message. */
export type DistributionIssue = {
  field: string;
  rule: string;
  message: string;
};

/**
 * Thrown by createDistribution for an invalid spec, naming the field and the rule, e.g.
 * field "mode", rule "min-le-mode-le-max".
 */
export class DistributionError extends Error {
  readonly code = "INVALID_DISTRIBUTION";
  readonly field: string;
  readonly rule: string;
  constructor(issue: DistributionIssue) {
    super(`${issue.field}: ${issue.message}`);
    this.name = "DistributionError";
    this.field = issue.field;
    this.rule = issue.rule;
  }
}
