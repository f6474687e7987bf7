import type { IntlShape } from 'react-intl';
import { ApiError, type FieldProblem } from '../api/problem';
import { countryName, formatDateTime, formatMoney } from '../format';

/**
 * A refused request in the person's language: known problem types and rule codes have their own
 * messages; anything else falls back to the service's own (English) words, never to nothing.
 */
export function describeProblem(intl: IntlShape, error: unknown): string {
  if (!(error instanceof ApiError)) {
    return intl.formatMessage({ id: 'problem.network' });
  }
  const id = `problem.${error.slug}`;
  if (intl.messages[id]) {
    return intl.formatMessage({ id }, { ...stringParams(error.problem) });
  }
  if (error.status >= 500) {
    return intl.formatMessage({ id: 'problem.server' });
  }
  return error.problem.detail ?? error.problem.title ?? intl.formatMessage({ id: 'problem.unknown' });
}

/** Names for the codes a problem may mention, such as agency codes. */
export interface Names {
  agencies?: Map<string, string>;
}

export function describeFieldProblem(intl: IntlShape, problem: FieldProblem, names: Names = {}): string {
  const id = `rule.${problem.code}`;
  if (problem.code && intl.messages[id]) {
    return intl.formatMessage({ id }, wordedParams(intl, problem.params ?? {}, names));
  }
  return problem.message;
}

/** The messages for one field (exact path), or for a field and everything under it when `prefix` is true. */
export function fieldMessages(intl: IntlShape, error: unknown, field: string, prefix = false): string[] {
  if (!(error instanceof ApiError)) {
    return [];
  }
  return (error.problem.errors ?? [])
    .filter((e) => e.field === field || (prefix && (e.field.startsWith(`${field}.`) || e.field.startsWith(`${field}[`))))
    .map((e) => describeFieldProblem(intl, e));
}

function wordedParams(intl: IntlShape, params: Record<string, unknown>, names: Names): Record<string, string | number> {
  const worded: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (name === 'country' && typeof value === 'string') {
      worded[name] = countryName(intl.locale, value);
    } else if (name === 'agency' && typeof value === 'string') {
      worded[name] = names.agencies?.get(value) ?? value;
    } else if (typeof value === 'number') {
      worded[name] = value;
    } else {
      worded[name] = String(value);
    }
  }
  const currency = typeof params.currency === 'string' ? params.currency : undefined;
  for (const money of ['cap', 'budget']) {
    if (currency && typeof params[money] === 'number') {
      worded[money] = formatMoney(intl.locale, params[money] as number, currency);
    }
  }
  if (typeof params.closesAt === 'string') {
    worded.closesAt = formatDateTime(intl.locale, params.closesAt);
  }
  return worded;
}

function stringParams(problem: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(problem)) {
    if (typeof value === 'string' || typeof value === 'number') {
      values[name] = String(value);
    }
  }
  return values;
}
