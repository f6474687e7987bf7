import { useState, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert, Loading } from '../../../components/Feedback';
import { ApiError, type FieldProblem } from '../../../lib/api/problem';
import { describeFieldProblem, describeProblem } from '../../../lib/i18n/problems';
import { useEligibility, useSubmit, type Application } from '../api/applications';
import { fieldId } from '../model/fieldIds';

/**
 * Check the call's rules before submitting: every failing rule, each linked to the field it
 * concerns; then submit (the owner only). A submit the service refuses lists the same rules.
 */
export function SubmitPanel({ application, isOwner, agencyNames, beforeCheck }: { application: Application; isOwner: boolean; agencyNames: Map<string, string>; beforeCheck: () => Promise<boolean> }) {
  const intl = useIntl();
  const id = application.id ?? '';
  const [checked, setChecked] = useState(false);
  const eligibility = useEligibility(id, checked);
  const submit = useSubmit(id);

  async function check() {
    if (await beforeCheck()) {
      setChecked(true);
      void eligibility.refetch();
    }
  }

  async function send() {
    if (await beforeCheck()) {
      submit.mutate();
    }
  }

  const refused = submit.error instanceof ApiError && submit.error.slug === 'ineligible' ? submit.error.problem.errors ?? [] : null;
  const problems: FieldProblem[] | null =
    refused ?? (checked && eligibility.data ? (eligibility.data.problems ?? []).map((p) => ({ ...p, field: p.field ?? '', message: p.message ?? '' })) : null);

  return (
    <section aria-labelledby="submit-title" className="panel">
      <h2 id="submit-title">
        <FormattedMessage id="submit.title" />
      </h2>
      <p>
        <FormattedMessage id={isOwner ? 'submit.intro.owner' : 'submit.intro.collaborator'} />
      </p>
      <div className="actions">
        <button type="button" className="button button--secondary" onClick={() => void check()}>
          <FormattedMessage id="submit.check" />
        </button>
        {isOwner && (
          <button type="button" className="button" onClick={() => void send()} disabled={submit.isPending}>
            <FormattedMessage id={submit.isPending ? 'submit.busy' : 'submit.submit'} />
          </button>
        )}
      </div>
      {checked && eligibility.isFetching && <Loading />}
      {problems && problems.length === 0 && !refused && (
        <Alert tone="success">
          <FormattedMessage id="submit.eligible" />
        </Alert>
      )}
      {problems && problems.length > 0 && (
        <div className="alert alert--error" role="alert" tabIndex={-1}>
          <p className="alert__title">
            <FormattedMessage id="submit.problems" values={{ count: problems.length }} />
          </p>
          <ul>
            {problems.map((problem, index) => (
              <li key={index}>
                {problem.field === 'deadline' ? (
                  describeFieldProblem(intl, problem, { agencies: agencyNames })
                ) : (
                  <FieldLink target={fieldId(problem.field.startsWith('partners') ? 'partners' : problem.field)}>
                    {describeFieldProblem(intl, problem, { agencies: agencyNames })}
                  </FieldLink>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {submit.isError && !refused && <Alert tone="error" focus>{describeProblem(intl, submit.error)}</Alert>}
    </section>
  );
}

/** A link to a field of the form that puts the caret in it, not only scrolls to it. */
function FieldLink({ target, children }: { target: string; children: ReactNode }) {
  return (
    <a
      href={`#${target}`}
      onClick={(event) => {
        const field = document.getElementById(target);
        if (field) {
          event.preventDefault();
          field.scrollIntoView({ block: 'center' });
          field.focus();
        }
      }}
    >
      {children}
    </a>
  );
}
