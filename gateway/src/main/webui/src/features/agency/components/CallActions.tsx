import { FormattedMessage, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { describeProblem } from '../../../lib/i18n/problems';
import { useCallAction, type CallAction, type CallView } from '../api/agency';

/** What may happen next to the call in its status; each step asks for confirmation and an optional reason. */
const NEXT: Record<string, CallAction[]> = {
  DRAFT: ['open', 'cancel'],
  OPEN: ['close', 'cancel'],
  CLOSED: ['start-evaluation', 'cancel'],
  UNDER_EVALUATION: ['decide', 'cancel'],
};

/**
 * The lead agency (or an ADMIN) edits the call and moves it along; every funder, the lead too,
 * agrees to decide it once, and the last agreement decides it.
 */
export function CallActions({ call, agency, admin }: { call: CallView; agency: string; admin: boolean }) {
  const intl = useIntl();
  const act = useCallAction(call.id ?? '');
  const leads = admin || call.leadAgency === agency;
  const agreed = (call.funders ?? []).find((f) => f.agency === agency)?.agreedToDecide ?? true;
  const actions = (NEXT[call.status ?? ''] ?? []).filter((action) =>
    action === 'decide' ? admin || !agreed : leads,
  );
  if (actions.length === 0 && !(leads && call.status === 'DRAFT')) {
    return null;
  }
  return (
    <div className="actions" role="group" aria-label={intl.formatMessage({ id: 'callActions.label' })}>
      {leads && call.status === 'DRAFT' && (
        <Link className="button button--secondary" to={`/agency/calls/${call.id}/edit`}>
          <FormattedMessage id="callActions.edit" />
        </Link>
      )}
      {actions.map((action) => (
        <ReasonDialog
          key={action}
          opener={<FormattedMessage id={`callActions.${action}`} />}
          title={<FormattedMessage id={`callActions.${action}.title`} values={{ title: <bdi>{call.title}</bdi> }} />}
          body={<FormattedMessage id={`callActions.${action}.body`} />}
          confirm={<FormattedMessage id={`callActions.${action}`} />}
          danger={action === 'cancel'}
          pending={act.isPending}
          error={act.isError && act.variables?.action === action ? describeProblem(intl, act.error) : undefined}
          onConfirm={(reason, close) => act.mutate({ action, reason }, { onSuccess: close })}
        />
      ))}
    </div>
  );
}
