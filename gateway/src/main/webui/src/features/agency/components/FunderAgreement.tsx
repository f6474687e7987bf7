import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { Alert } from '../../../components/Feedback';
import { AmountField } from '../../../components/Field';
import { ReasonDialog } from '../../../components/ReasonDialog';
import { parseAmount } from '../../../lib/format';
import { describeProblem, fieldMessages } from '../../../lib/i18n/problems';
import { useAgencies } from '../../calls/api/calls';
import { useConfirmShare, useLeaveCall, type CallView } from '../api/agency';

/**
 * Where the funding agencies stand on a co-funded call: in a draft, whose share is confirmed (the
 * call opens when all are), and the caller's own share to confirm or withdraw; during evaluation,
 * who has agreed to decide the call.
 */
export function FunderAgreement({ call, agency }: { call: CallView; agency: string }) {
  const agencies = useAgencies();
  const status = call.status ?? '';
  if (status !== 'DRAFT' && status !== 'UNDER_EVALUATION') {
    return null;
  }
  const drafting = status === 'DRAFT';
  const lead = agencies.data?.get(call.leadAgency ?? '')?.name ?? call.leadAgency ?? '';
  const own = (call.funders ?? []).find((f) => f.agency === agency);
  return (
    <section aria-labelledby="agreement-title">
      <h2 id="agreement-title">
        <FormattedMessage id="agreement.title" />
      </h2>
      <p>
        <FormattedMessage id="agreement.lead" values={{ agency: <bdi>{lead}</bdi> }} />{' '}
        <FormattedMessage id={drafting ? 'agreement.draftHint' : 'agreement.decisionHint'} />
      </p>
      <ul>
        {(call.funders ?? []).map((f) => {
          const done = drafting ? f.confirmed : f.agreedToDecide;
          return (
            <li key={f.agency}>
              {agencies.data?.get(f.agency ?? '')?.name ?? f.agency}:{' '}
              <span className={done ? 'badge badge--approved' : 'badge badge--pending'}>
                <FormattedMessage
                  id={drafting ? (done ? 'agreement.confirmed' : 'agreement.awaitingConfirmation') : done ? 'agreement.agreedToDecide' : 'agreement.awaitingDecision'}
                />
              </span>
            </li>
          );
        })}
      </ul>
      {drafting && own && call.leadAgency !== agency && (
        // a new version (the lead's edit, our confirmation) starts the form afresh from the call
        <OwnShare key={call.version} call={call} agency={agency} lead={lead} budget={own.budget ?? 0} maxRequest={own.maxRequest}
          currency={own.currency ?? ''} confirmed={own.confirmed ?? false} />
      )}
    </section>
  );
}

function OwnShare({ call, agency, lead, budget, maxRequest, currency, confirmed }: {
  call: CallView;
  agency: string;
  lead: string;
  budget: number;
  maxRequest?: number;
  currency: string;
  confirmed: boolean;
}) {
  const intl = useIntl();
  const navigate = useNavigate();
  const plain = (n: number) => intl.formatNumber(n, { useGrouping: false });
  const [budgetText, setBudgetText] = useState(plain(budget));
  const [capText, setCapText] = useState(maxRequest != null ? plain(maxRequest) : '');
  const confirm = useConfirmShare(call.id ?? '', agency, call.version);
  const leave = useLeaveCall(call.id ?? '', agency, call.version);
  const errors = (field: string) => fieldMessages(intl, confirm.error, field);

  function submit() {
    const cap = capText.trim() === '' ? undefined : parseAmount(intl.locale, capText);
    confirm.mutate({ budget: parseAmount(intl.locale, budgetText), maxRequest: cap });
  }

  return (
    <>
      <h3 id="own-share-title">
        <FormattedMessage id="share.title" />
      </h3>
      <p className="hint">
        <FormattedMessage id={confirmed ? 'share.confirmedNote' : 'share.proposed'} values={{ lead: <bdi>{lead}</bdi> }} />
      </p>
      <form className="form" noValidate onSubmit={(e) => { e.preventDefault(); submit(); }} aria-labelledby="own-share-title">
        {confirm.isError && errors('budget').length + errors('maxRequest').length === 0 && (
          <Alert tone="error" focus>
            {describeProblem(intl, confirm.error)}
          </Alert>
        )}
        <div className="row">
          <AmountField id="share-budget" currency={currency} required errors={errors('budget')}
            label={<FormattedMessage id="callForm.budget" values={{ currency }} />}
            value={budgetText} onChange={(e) => setBudgetText(e.target.value)} />
          <AmountField id="share-cap" currency={currency} errors={errors('maxRequest')}
            label={<FormattedMessage id="callForm.maxRequest" values={{ currency }} />}
            value={capText} onChange={(e) => setCapText(e.target.value)} />
        </div>
        <div className="actions">
          <button className="button" type="submit" disabled={confirm.isPending}>
            <FormattedMessage id="share.confirm" />
          </button>
          <ReasonDialog
            opener={<FormattedMessage id="share.leave" />}
            title={<FormattedMessage id="share.leave.title" values={{ title: <bdi>{call.title}</bdi> }} />}
            body={<FormattedMessage id="share.leave.body" />}
            confirm={<FormattedMessage id="share.leave" />}
            askReason={false}
            danger
            pending={leave.isPending}
            error={leave.isError ? describeProblem(intl, leave.error) : undefined}
            onConfirm={(_, close) => leave.mutate(undefined, { onSuccess: () => { close(); navigate('/'); } })}
          />
        </div>
      </form>
    </>
  );
}
