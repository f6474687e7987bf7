import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { fundingApi } from '../../../lib/api/http';
import { ApiError, unwrap } from '../../../lib/api/problem';
import { applicationKey, saveApplication, type Application, type CallView } from '../api/applications';
import { formOf, requestOf, type ApplicationForm, type LocalError } from '../model/form';

export type SaveStatus =
  | 'saved'
  | 'dirty'
  | 'saving'
  /** The form has errors to fix before it can be saved. */
  | 'invalid'
  /** Someone else saved meanwhile: the person chooses whose version stays. */
  | 'conflict'
  /** The application left DRAFT meanwhile (submitted or withdrawn by its owner). */
  | 'closed'
  | 'failed';

const AUTOSAVE_AFTER_MS = 1500;

/**
 * A draft being edited: saved shortly after each pause in typing and on demand, always with the
 * version it was read at (If-Match), so a change made elsewhere is never overwritten silently.
 */
export function useDraft(application: Application, call: CallView, locale: string) {
  const client = useQueryClient();
  const id = application.id ?? '';
  const [form, setForm] = useState<ApplicationForm>(() => formOf(application, locale));
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [localErrors, setLocalErrors] = useState<Map<string, LocalError>>(new Map());
  const [serverError, setServerError] = useState<unknown>(null);
  const [savedAt, setSavedAt] = useState<number | null>(null);
  const version = useRef(application.version ?? 0);
  const edits = useRef(0);
  const latest = useRef(form);
  latest.current = form;

  const edit = useCallback((change: (form: ApplicationForm) => ApplicationForm) => {
    edits.current += 1;
    setForm(change);
    setStatus((s) => (s === 'conflict' || s === 'closed' ? s : 'dirty'));
  }, []);

  const save = useCallback(
    async (mode: 'auto' | 'manual'): Promise<boolean> => {
      const { request, errors } = requestOf(latest.current, call, locale);
      if (errors.size > 0) {
        if (mode === 'manual') {
          setLocalErrors(errors);
          setStatus('invalid');
        }
        return false;
      }
      setLocalErrors(new Map());
      const editsAtStart = edits.current;
      setStatus('saving');
      try {
        const saved = await saveApplication(id, version.current, request);
        version.current = saved.version ?? version.current + 1;
        client.setQueryData(applicationKey(id), saved);
        void client.invalidateQueries({ queryKey: ['application', id, 'eligibility'] });
        void client.invalidateQueries({ queryKey: ['application', id, 'history'] });
        setServerError(null);
        setSavedAt(Date.now());
        setStatus(edits.current === editsAtStart ? 'saved' : 'dirty');
        return true;
      } catch (error) {
        setServerError(error);
        if (error instanceof ApiError && (error.slug === 'stale-version' || error.slug === 'concurrent-modification')) {
          setStatus('conflict');
        } else if (error instanceof ApiError && error.slug === 'illegal-transition') {
          setStatus('closed');
          void client.invalidateQueries({ queryKey: ['application', id] });
        } else if (error instanceof ApiError && error.status === 400) {
          setStatus('invalid');
        } else {
          setStatus('failed');
        }
        return false;
      }
    },
    [call, client, id, locale],
  );

  useEffect(() => {
    if (status !== 'dirty') {
      return;
    }
    const timer = window.setTimeout(() => void save('auto'), AUTOSAVE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [status, form, save]);

  useEffect(() => {
    if (status === 'saved' || status === 'closed') {
      return;
    }
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [status]);

  /** Conflict: take the version saved elsewhere and drop what was typed here. */
  const takeTheirs = useCallback(async () => {
    const fresh = await unwrap(await fundingApi.GET('/api/funding/applications/{id}', { params: { path: { id } } }));
    client.setQueryData(applicationKey(id), fresh);
    version.current = fresh.version ?? 0;
    setForm(formOf(fresh, locale));
    setServerError(null);
    setStatus('saved');
  }, [client, id, locale]);

  /** Conflict: save what was typed here over the version saved elsewhere, knowingly. */
  const keepMine = useCallback(async () => {
    const fresh = await unwrap(await fundingApi.GET('/api/funding/applications/{id}', { params: { path: { id } } }));
    version.current = fresh.version ?? 0;
    return save('manual');
  }, [id, save]);

  return { form, edit, status, save, savedAt, localErrors, serverError, takeTheirs, keepMine };
}
