import { useState, type FormEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link, useNavigate } from 'react-router';
import { Alert } from '../../../components/Feedback';
import { TextArea, TextField } from '../../../components/Field';
import { ApiError } from '../../../lib/api/problem';
import { describeProblem, fieldMessages } from '../../../lib/i18n/problems';
import { useCreateApplication } from '../api/applications';

/** The first step of an application: a title and a summary make the draft; the rest is filled in on its page. */
export function StartApplicationForm({ callId, country }: { callId: string; country?: string }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const create = useCreateApplication();
  const [title, setTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [missing, setMissing] = useState<string[]>([]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const empty = [...(title.trim() ? [] : ['title']), ...(summary.trim() ? [] : ['summary'])];
    setMissing(empty);
    if (empty.length) {
      return;
    }
    create.mutate(
      { callId, title: title.trim(), summary: summary.trim(), partners: [], requestedAmounts: {}, answers: {} },
      { onSuccess: (application) => navigate(`/applications/${application.id}`) },
    );
  }

  const required = (field: string) => (missing.includes(field) ? [intl.formatMessage({ id: 'rule.NotBlank' })] : []);
  const existing = create.error instanceof ApiError && create.error.slug === 'already-applied' ? String(create.error.problem.applicationId ?? '') : null;

  return (
    <form className="form panel" onSubmit={submit} noValidate aria-labelledby="start-title">
      <h2 id="start-title">
        <FormattedMessage id="start.title" />
      </h2>
      {country && (
        <p className="hint">
          <FormattedMessage id="start.hint" />
        </p>
      )}
      {existing ? (
        <Alert tone="info" focus>
          <FormattedMessage id="problem.already-applied" />{' '}
          <Link to={`/applications/${existing}`}>
            <FormattedMessage id="start.openExisting" />
          </Link>
        </Alert>
      ) : (
        create.isError && !(create.error instanceof ApiError && create.error.slug === 'validation') && (
          <Alert tone="error" focus>
            {describeProblem(intl, create.error)}
          </Alert>
        )
      )}
      <TextField
        label={<FormattedMessage id="application.title" />}
        maxLength={200}
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        errors={[...required('title'), ...fieldMessages(intl, create.error, 'title')]}
      />
      <TextArea
        label={<FormattedMessage id="application.summary" />}
        maxLength={20000}
        required
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        errors={[...required('summary'), ...fieldMessages(intl, create.error, 'summary')]}
      />
      <button type="submit" className="button" disabled={create.isPending}>
        <FormattedMessage id="start.submit" />
      </button>
    </form>
  );
}
