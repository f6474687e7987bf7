import type { CallRequest, CallView } from '../api/agency';

/** The call form as typed: text in the person's number format, times in their time zone. */
export interface CallForm {
  title: string;
  description: string;
  sectors: string[];
  opensAt: string; // datetime-local value
  closesAt: string;
  blindReview: boolean;
  funders: { agency: string; budget: string; maxRequest: string }[];
  requiredCountries: string[];
  minPartners: string;
  maxPartners: string;
  criteria: { name: string; weight: string; maxScore: string; threshold: string }[];
}

/** "2027-01-15T09:30" in the browser's time zone, as an input of type datetime-local shows it. */
export function toLocalInput(instant: string | undefined): string {
  if (!instant) {
    return '';
  }
  const date = new Date(instant);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A new call: open tomorrow for six weeks, the agency funding it, a classic three-criterion rubric. */
export function newCallForm(agency: string, now: Date): CallForm {
  const day = 24 * 3600_000;
  const start = new Date(now.getTime() + day);
  start.setHours(9, 0, 0, 0);
  const end = new Date(start.getTime() + 42 * day);
  end.setHours(17, 0, 0, 0);
  return {
    title: '',
    description: '',
    sectors: [],
    opensAt: toLocalInput(start.toISOString()),
    closesAt: toLocalInput(end.toISOString()),
    blindReview: false,
    funders: [{ agency, budget: '', maxRequest: '' }],
    requiredCountries: [],
    minPartners: '2',
    maxPartners: '6',
    criteria: [
      { name: 'Innovation', weight: '2', maxScore: '10', threshold: '4' },
      { name: 'Team', weight: '1', maxScore: '10', threshold: '3' },
      { name: 'Impact', weight: '1', maxScore: '10', threshold: '3' },
    ],
  };
}

export function callFormOf(call: CallView, formatNumber: (n: number) => string): CallForm {
  const amount = (n: number | undefined) => (n === undefined || n === null ? '' : formatNumber(n));
  return {
    title: call.title ?? '',
    description: call.description ?? '',
    sectors: call.sectors ?? [],
    opensAt: toLocalInput(call.opensAt),
    closesAt: toLocalInput(call.closesAt),
    blindReview: call.blindReview ?? false,
    funders: (call.funders ?? []).map((f) => ({ agency: f.agency ?? '', budget: amount(f.budget), maxRequest: amount(f.maxRequest) })),
    requiredCountries: call.eligibility?.requiredCountries ?? [],
    minPartners: String(call.eligibility?.minPartners ?? ''),
    maxPartners: String(call.eligibility?.maxPartners ?? ''),
    criteria: (call.criteria ?? []).map((c) => ({
      name: c.name ?? '',
      weight: String(c.weight ?? ''),
      maxScore: String(c.maxScore ?? ''),
      threshold: String(c.threshold ?? ''),
    })),
  };
}

/**
 * What the service receives. Nothing is checked here beyond turning text into numbers: the service
 * owns the rules and answers with field errors the form shows next to each field. A number that
 * cannot be read is sent as NaN's absence (null), so the service names the field.
 */
export function callRequestOf(form: CallForm, parseAmount: (text: string) => number): CallRequest {
  const amount = (text: string) => (text.trim() === '' ? undefined : finite(parseAmount(text)));
  const whole = (text: string) => finite(Number.parseInt(text, 10));
  const instant = (local: string) => {
    const date = new Date(local);
    return Number.isNaN(date.getTime()) ? '' : date.toISOString();
  };
  return {
    title: form.title.trim(),
    description: form.description.trim(),
    sectors: form.sectors,
    opensAt: instant(form.opensAt),
    closesAt: instant(form.closesAt),
    blindReview: form.blindReview,
    funders: form.funders.map((f) => ({
      agency: f.agency,
      budget: amount(f.budget) as number,
      maxRequest: amount(f.maxRequest),
    })),
    eligibility: {
      requiredCountries: form.requiredCountries,
      minPartners: whole(form.minPartners) as number,
      maxPartners: whole(form.maxPartners) as number,
    },
    criteria: form.criteria.map((c) => ({
      name: c.name.trim(),
      weight: finite(Number.parseFloat(c.weight.replace(',', '.'))) as number,
      maxScore: whole(c.maxScore) as number,
      threshold: whole(c.threshold) as number,
    })),
  };
}

function finite(n: number): number | undefined {
  return Number.isFinite(n) ? n : undefined;
}
