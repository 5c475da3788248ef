/** Rules whose selectors css-select compiles: the full check, for places that read pages anyway. */
import { compile } from 'css-select';
import { checkRuleShape, type RuleCheck } from './rule';

/** Whether css-select accepts the selector. */
export function selectorCompiles(selector: string): boolean {
  try {
    compile(selector);
    return true;
  } catch {
    return false;
  }
}

/** A rule's shape and its selectors checked (CLI `--rule`, the options form, the sources file). */
export function checkRule(value: unknown): RuleCheck {
  return checkRuleShape(value, selectorCompiles);
}

/** A rule from its JSON text. */
export function parseRule(text: string): RuleCheck {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'rule: not valid JSON' };
  }
  return checkRule(value);
}
