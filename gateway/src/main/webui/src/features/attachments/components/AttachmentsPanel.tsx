import { useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ChangeEvent } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert, Empty, Loading } from '../../../components/Feedback';
import { DateTime } from '../../../components/Formatted';
import { formatBytes } from '../../../lib/format';
import { describeProblem } from '../../../lib/i18n/problems';
import { acceptedExtensions, download, precheck, upload, useAttachmentRules, useAttachments, useDeleteAttachment } from '../api/attachments';

/** Documents of the application: upload with progress while it is a draft, list, download, delete. */
export function AttachmentsPanel({ applicationId, editable }: { applicationId: string; editable: boolean }) {
  const intl = useIntl();
  const client = useQueryClient();
  const attachments = useAttachments(applicationId);
  const rules = useAttachmentRules();
  const remove = useDeleteAttachment(applicationId);
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ name: string; fraction: number } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const extensions = acceptedExtensions(rules.data?.allowedTypes ?? []);
  const maxMb = intl.formatNumber((rules.data?.maxSizeBytes ?? 0) / (1024 * 1024), { maximumFractionDigits: 1 });

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    setProblem(null);
    setDone(null);
    if (!file) return;
    const refusal = precheck(file, rules.data ?? {});
    if (refusal) {
      setProblem(intl.formatMessage({ id: `attachments.precheck.${refusal}` }, { name: file.name, max: maxMb, types: extensions.join(', ') }));
      return;
    }
    setProgress({ name: file.name, fraction: 0 });
    try {
      await upload(applicationId, file, (fraction) => setProgress({ name: file.name, fraction }));
      setDone(intl.formatMessage({ id: 'attachments.uploaded' }, { name: file.name }));
      await client.invalidateQueries({ queryKey: ['application', applicationId] });
    } catch (error) {
      setProblem(`${file.name}: ${describeProblem(intl, error)}`);
    } finally {
      setProgress(null);
    }
  }

  return (
    <section aria-labelledby="attachments-title" className="panel">
      <h2 id="attachments-title">
        <FormattedMessage id="attachments.title" />
      </h2>
      {editable && (
        <div className="upload">
          <label htmlFor="attachment-file" className="button button--secondary">
            <FormattedMessage id="attachments.choose" />
          </label>
          <input
            ref={input}
            id="attachment-file"
            className="visually-hidden-file"
            type="file"
            accept={extensions.join(',')}
            aria-describedby="attachment-rules"
            onChange={(e) => void choose(e)}
            disabled={progress !== null}
          />
          <p id="attachment-rules" className="hint">
            <FormattedMessage id="attachments.rules" values={{ max: maxMb, types: extensions.join(', ') }} />
          </p>
        </div>
      )}
      {progress && (
        <p role="status">
          <label>
            <FormattedMessage id="attachments.uploading" values={{ name: <bdi>{progress.name}</bdi> }} />{' '}
            <progress max={1} value={progress.fraction}>
              {intl.formatNumber(progress.fraction, { style: 'percent' })}
            </progress>
          </label>
        </p>
      )}
      {problem && <Alert tone="error">{problem}</Alert>}
      {done && <Alert tone="success">{done}</Alert>}
      {remove.isError && <Alert tone="error">{describeProblem(intl, remove.error)}</Alert>}
      {attachments.isPending ? (
        <Loading />
      ) : attachments.isError ? (
        <Alert tone="error">{describeProblem(intl, attachments.error)}</Alert>
      ) : attachments.data.length === 0 ? (
        <Empty>
          <FormattedMessage id="attachments.none" />
        </Empty>
      ) : (
        <ul className="attachments">
          {attachments.data.map((a) => (
            <li key={a.id}>
              <button type="button" className="link" onClick={() => void download(a).catch((e) => setProblem(describeProblem(intl, e)))}>
                {a.fileName}
              </button>{' '}
              <span className="meta">
                {formatBytes(intl.locale, a.sizeBytes ?? 0)} · <DateTime value={a.uploadedAt ?? ''} />
              </span>
              {editable && (
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => remove.mutate(a.id ?? '')}
                  aria-label={intl.formatMessage({ id: 'attachments.delete' }, { name: a.fileName })}
                >
                  <FormattedMessage id="common.delete" />
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
