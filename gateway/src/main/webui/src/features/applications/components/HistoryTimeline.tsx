import { FormattedMessage, useIntl } from 'react-intl';
import { Alert, Loading } from '../../../components/Feedback';
import { DateTime } from '../../../components/Formatted';
import { describeProblem } from '../../../lib/i18n/problems';
import { describeReason, saysKnown } from '../../../lib/i18n/reasons';
import { useHistory, type HistoryEvent } from '../api/applications';

/** What happened to the application, oldest first: status changes stand out, other steps are quieter. */
export function HistoryTimeline({ applicationId, agencyNames }: { applicationId: string; agencyNames: Map<string, string> }) {
  const intl = useIntl();
  const history = useHistory(applicationId);
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">
        <FormattedMessage id="history.title" />
      </h2>
      {history.isPending ? (
        <Loading />
      ) : history.isError ? (
        <Alert tone="error">{describeProblem(intl, history.error)}</Alert>
      ) : (
        <ol className="timeline">
          {collapseEdits(history.data.items ?? []).map(({ event, times }, index) => (
            <li key={index} className={event.from !== event.to ? 'timeline__step timeline__step--status' : 'timeline__step'}>
              <DateTime value={event.occurredAt ?? ''} /> — {describeEvent(intl, event, agencyNames)}
              {times > 1 && <> {intl.formatMessage({ id: 'history.times' }, { times })}</>}
              {saysKnown(intl, event) ? (
                <span className="reason"> ({describeReason(intl, event, (code) => agencyNames.get(code) ?? code)})</span>
              ) : (
                event.reason && REASONS_SHOWN.some((a) => event.action?.startsWith(a)) && <span className="reason"> “{event.reason}”</span>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Actions whose reason a person wrote for the applicant to read (others carry addresses or ids); what the portal said is worded. */
const REASONS_SHOWN = ['withdraw', 'refuse-share', 'reject'];

/** Autosave records an edit every few seconds: a run of edits is one step, with how many there were. */
export function collapseEdits(events: HistoryEvent[]): { event: HistoryEvent; times: number }[] {
  const steps: { event: HistoryEvent; times: number }[] = [];
  for (const event of events) {
    const last = steps[steps.length - 1];
    if (last && event.action === 'edit' && last.event.action === 'edit') {
      last.times += 1;
      last.event = event;
    } else {
      steps.push({ event, times: 1 });
    }
  }
  return steps;
}

function describeEvent(intl: ReturnType<typeof useIntl>, event: HistoryEvent, agencyNames: Map<string, string>): string {
  const [action, agency] = (event.action ?? '').split(':');
  const id = `history.action.${action}`;
  const status = (s?: string) => (s ? intl.formatMessage({ id: `status.${s}`, defaultMessage: s }) : '');
  if (intl.messages[id]) {
    return intl.formatMessage({ id }, { agency: agency ? (agencyNames.get(agency) ?? agency) : '', to: status(event.to) });
  }
  return event.from !== event.to ? intl.formatMessage({ id: 'history.action.other' }, { to: status(event.to) }) : action ?? '';
}
