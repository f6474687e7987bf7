import type { IntlShape } from 'react-intl';
import { formatBytes, formatDateTime, formatMoney } from '../format';

/** An audit entry's why: what a person wrote, or the portal's own words, also as values (`facts`, `says` naming the sentence). */
export interface Reasoned {
  reason?: string;
  facts?: Record<string, string>;
}

/** Whether the portal said it (`facts`) in a sentence this client has words for. */
export function saysKnown(intl: IntlShape, entry: Reasoned): boolean {
  const says = entry.facts?.says;
  return !!says && !!intl.messages[`audit.says.${says}`];
}

/**
 * Why, in the reader's language when the portal itself said it (`facts`: "Budget IRR 50,000,000,000, at most …");
 * a reason a person wrote, and an older entry, as written. Amounts, dates, names and titles are isolated, so a
 * Latin title keeps its order in a Persian sentence.
 */
export function describeReason(intl: IntlShape, entry: Reasoned, agencyName: (code: string) => string): string {
  if (!saysKnown(intl, entry)) {
    return entry.reason ?? '';
  }
  const facts = entry.facts ?? {};
  const isolate = (text: string) => `\u2068${text}\u2069`;
  const money = (amount?: string) => (amount === undefined ? '' : isolate(formatMoney(intl.locale, Number(amount), facts.currency ?? '')));
  const when = (instant?: string) => (instant ? isolate(formatDateTime(intl.locale, instant)) : '');
  const said = intl.formatMessage(
    { id: `audit.says.${facts.says}` },
    {
      budget: money(facts.budget),
      maxRequest: money(facts.maxRequest),
      from: when(facts.from),
      to: when(facts.to),
      at: when(facts.at),
      agency: isolate(agencyName(facts.agency ?? '')),
      title: isolate(facts.title ?? ''),
      name: isolate(facts.name ?? ''),
      size: facts.bytes ? formatBytes(intl.locale, Number(facts.bytes)) : '',
    },
  );
  return facts.reason ? `${said}: ${isolate(facts.reason)}` : said;
}
