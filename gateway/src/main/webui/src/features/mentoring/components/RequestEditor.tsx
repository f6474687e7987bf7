import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Alert } from '../../../components/Feedback';
import { TextArea, TextField } from '../../../components/Field';
import { LanguagePicker } from '../../../components/LanguagePicker';
import { describeProblem, fieldMessages } from '../../../lib/i18n/problems';
import { parseTags } from '../../../lib/tags';
import { useEditRequest, type MentoringRequest } from '../api/mentoring';

/** The startup sharpens what it asks for (needs, languages, its own words) until a mentor accepts. */
export function RequestEditor({ request, onDone }: { request: MentoringRequest; onDone: () => void }) {
  const intl = useIntl();
  const edit = useEditRequest(request);
  const [needs, setNeeds] = useState((request.needs ?? []).join(', '));
  const [sector, setSector] = useState(request.sector ?? '');
  const [languages, setLanguages] = useState<string[]>(request.languages ?? []);
  const [description, setDescription] = useState(request.description ?? '');
  const errors = (field: string) => fieldMessages(intl, edit.error, field, true);
  const prefix = `request-${request.id}`;
  return (
    <form
      className="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        edit.mutate(
          {
            needs: parseTags(needs),
            sector: sector.trim() || undefined,
            languages,
            country: request.country,
            timeZone: request.timeZone,
            description: description.trim() || undefined,
          },
          { onSuccess: onDone },
        );
      }}
    >
      <TextField id={`${prefix}-needs`} label={<FormattedMessage id="request.needs" />} hint={<FormattedMessage id="tags.hint" />}
        value={needs} onChange={(e) => setNeeds(e.target.value)} errors={errors('needs')} />
      <TextField id={`${prefix}-sector`} label={<FormattedMessage id="request.sector" />} maxLength={60}
        value={sector} onChange={(e) => setSector(e.target.value)} errors={errors('sector')} />
      <LanguagePicker id={`${prefix}-languages`} legend={<FormattedMessage id="request.languages" />} value={languages}
        onChange={setLanguages} errors={errors('languages')} />
      <TextArea id={`${prefix}-description`} label={<FormattedMessage id="request.description" />} maxLength={4000}
        value={description} onChange={(e) => setDescription(e.target.value)} errors={errors('description')} />
      {edit.isError && <Alert tone="error" focus>{describeProblem(intl, edit.error)}</Alert>}
      <div className="actions">
        <button type="submit" className="button" disabled={edit.isPending}>
          <FormattedMessage id="request.save" />
        </button>
        <button type="button" className="button button--quiet" onClick={onDone}>
          <FormattedMessage id="common.cancel" />
        </button>
      </div>
    </form>
  );
}
