import { parseTags } from '../../../lib/tags';
import { parseAmount } from '../../../lib/format';
import type { Application, ApplicationRequest, CallView } from '../api/applications';

/** What the person edits: amounts as typed (in their own digits and separators), partners as rows. */
export interface ApplicationForm {
  title: string;
  summary: string;
  partners: PartnerRow[];
  /** Agency code to the amount as typed; empty means "not asked of this agency". */
  amounts: Record<string, string>;
  /** Criterion name to the applicant's answer. */
  answers: Record<string, string>;
  /** One of the call's sectors, or empty. */
  sector: string;
  /** What the team wants from a mentor, as typed: tags separated by commas. */
  mentoringNeeds: string;
  /** Language codes the team works in. */
  languages: string[];
}

export interface PartnerRow {
  name: string;
  country: string;
  role: string;
}

/** A message id with its values, to be worded in the person's language. */
export interface LocalError {
  id: string;
  values?: Record<string, string | number>;
}

export function emptyForm(): ApplicationForm {
  return { title: '', summary: '', partners: [], amounts: {}, answers: {}, sector: '', mentoringNeeds: '', languages: [] };
}

export function formOf(application: Application, locale: string): ApplicationForm {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, useGrouping: false });
  return {
    title: application.title ?? '',
    summary: application.summary ?? '',
    partners: (application.partners ?? []).map((p) => ({ name: p.name ?? '', country: p.country ?? '', role: p.role ?? '' })),
    amounts: Object.fromEntries(Object.entries(application.requestedAmounts ?? {}).map(([agency, amount]) => [agency, format.format(amount)])),
    answers: { ...(application.answers ?? {}) },
    sector: application.sector ?? '',
    mentoringNeeds: (application.mentoringNeeds ?? []).join(', '),
    languages: [...(application.languages ?? [])],
  };
}

/**
 * The request the API takes, or the field errors it would refuse it for (the same rules as the
 * contract's: required text, lengths, two-letter countries, positive amounts with two decimals).
 */
export function requestOf(
  form: ApplicationForm,
  call: Pick<CallView, 'id'>,
  locale: string,
): { request: ApplicationRequest; errors: Map<string, LocalError> } {
  const errors = new Map<string, LocalError>();
  if (!form.title.trim()) errors.set('title', { id: 'rule.NotBlank' });
  else if (form.title.trim().length > 200) errors.set('title', { id: 'rule.Size.max', values: { max: 200 } });
  if (!form.summary.trim()) errors.set('summary', { id: 'rule.NotBlank' });
  form.partners.forEach((p, i) => {
    if (!p.name.trim()) errors.set(`partners[${i}].name`, { id: 'rule.NotBlank' });
    if (!/^[A-Z]{2}$/.test(p.country)) errors.set(`partners[${i}].country`, { id: 'rule.NotBlank' });
    if (!p.role.trim()) errors.set(`partners[${i}].role`, { id: 'rule.NotBlank' });
  });
  const requestedAmounts: Record<string, number> = {};
  for (const [agency, typed] of Object.entries(form.amounts)) {
    if (!typed.trim()) continue;
    const amount = parseAmount(locale, typed);
    if (Number.isNaN(amount) || amount <= 0) {
      errors.set(`requestedAmounts.${agency}`, { id: 'rule.amount' });
    } else {
      requestedAmounts[agency] = amount;
    }
  }
  const answers = Object.fromEntries(Object.entries(form.answers).filter(([, text]) => text.trim()));
  const mentoringNeeds = parseTags(form.mentoringNeeds);
  if (mentoringNeeds.length > 20) errors.set('mentoringNeeds', { id: 'rule.Size.max', values: { max: 20 } });
  else if (mentoringNeeds.some((t) => !TAG.test(t))) errors.set('mentoringNeeds', { id: 'rule.tags' });
  return {
    request: {
      callId: call.id,
      title: form.title.trim(),
      summary: form.summary.trim(),
      partners: form.partners.map((p) => ({ name: p.name.trim(), country: p.country, role: p.role.trim() })),
      requestedAmounts,
      answers,
      sector: form.sector || undefined,
      mentoringNeeds,
      languages: form.languages,
    },
    errors,
  };
}

/** A tag as the services take it: letters, digits and hyphens, up to 40. */
export const TAG = /^[a-z0-9][a-z0-9-]{0,39}$/;


/** What the person should do next with an application in this status, as a message id. */
export function nextStep(status: string | undefined, isOwner: boolean): string {
  switch (status) {
    case 'DRAFT':
      return isOwner ? 'next.DRAFT.owner' : 'next.DRAFT.collaborator';
    case 'SUBMITTED':
    case 'UNDER_REVIEW':
    case 'AWARDED':
    case 'REJECTED':
    case 'WITHDRAWN':
      return `next.${status}`;
    default:
      return 'next.unknown';
  }
}
