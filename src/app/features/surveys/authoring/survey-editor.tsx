// Copy and adapt a published survey as its next version, or write a new pulse check-in: the words, the questions
// (reworded, added, removed, moved; their hints and conditions), a 360 px preview that runs the young person's own
// survey runner on the draft, the checks, and publishing after a confirm step, since a published version never changes. The server checks everything again; its refusal is shown.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AGE_BANDS,
  PULSE_MAX_QUESTIONS,
  QUESTION_TYPES,
  type AgeBand,
  type QuestionType,
  type SurveyVersion,
} from '../../../../shared/survey/definition';
import { useConfirm } from '../../../ui/staff/confirm-dialog';
import { errorText } from '../../../ui/staff/error-text';
import { LocalizedFields } from '../../../ui/staff/localized-fields';
import { ProblemSummary } from '../../../ui/staff/problem-summary';
import { publishPulse, publishVersion } from './api';
import * as edit from './model/edit-model';
import { QuestionEditor } from './question-editor';
import { RunnerPreview } from './runner-preview';

type Props = { onError: (e: unknown) => void; onPublished: (v: SurveyVersion) => void; onCancel: () => void } & (
  { mode: 'copy'; from: SurveyVersion } | { mode: 'pulse'; today: string }
);

export function SurveyEditor(props: Props) {
  const { t } = useTranslation('survey-authoring');
  const [draft, setDraft] = useState(() => (props.mode === 'copy' ? edit.copyForEdit(props.from) : edit.blankPulse(props.today)));
  const [band, setBand] = useState<AgeBand>('11-18');
  const [newType, setNewType] = useState<QuestionType>('faces');
  const [preview, setPreview] = useState<number | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [ask, confirmDialog] = useConfirm();

  const base =
    props.mode === 'copy'
      ? { ...props.from, version: props.from.version + 1 }
      : { id: 'pulse-new', round: 'pulse-new', version: 1, band, kind: 'pulse' as const };
  const states = props.mode === 'copy' ? edit.questionStates(props.from, draft) : null;
  const full = props.mode === 'pulse' && draft.questions.length >= PULSE_MAX_QUESTIONS;
  const candidate = edit.candidate(draft, base);
  const rules = edit.ruleProblems(candidate);

  const check = (e: FormEvent) => {
    e.preventDefault();
    const found = edit.draftProblems(candidate);
    setProblems(found);
    if (found.length === 0) void publish();
  };
  const publish = async () => {
    const what = props.mode === 'copy' ? t('editor.confirmVersion', { version: base.version }) : t('editor.confirmPulse', { band });
    if (!(await ask({ title: t('editor.confirmTitle'), what, confirm: t('editor.publish') }))) return;
    setBusy(true);
    try {
      const made =
        props.mode === 'copy' ? await publishVersion(props.from.id, edit.editBody(draft)) : await publishPulse(edit.pulseBody(draft, band));
      props.onPublished(made);
    } catch (err) {
      props.onError(err);
      setProblems([errorText(err)]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <h1>{props.mode === 'copy' ? t('editor.copyTitle', { title: props.from.title.en, version: base.version }) : t('editor.pulseTitle')}</h1>
      <p>{props.mode === 'copy' ? t('editor.copyIntro') : t('editor.pulseIntro', { max: PULSE_MAX_QUESTIONS })}</p>
      <form className="stack staff-wide-form" onSubmit={check} noValidate>
        {props.mode === 'pulse' && (
          <>
            <label htmlFor="pulse-band">{t('editor.band')}</label>
            <select id="pulse-band" value={band} onChange={(e) => setBand(e.target.value as AgeBand)}>
              {AGE_BANDS.map((b) => (
                <option key={b} value={b}>
                  {t('editor.ages', { band: b })}
                </option>
              ))}
            </select>
          </>
        )}
        {draft.window && (
          <fieldset className="stack">
            <legend>{t('editor.window')}</legend>
            <label htmlFor="window-opens">{t('editor.opens')}</label>
            <input
              id="window-opens"
              type="date"
              value={draft.window.opens}
              onChange={(e) => setDraft({ ...draft, window: { ...draft.window!, opens: e.target.value } })}
            />
            <label htmlFor="window-closes">{t('editor.closes')}</label>
            <input
              id="window-closes"
              type="date"
              value={draft.window.closes}
              onChange={(e) => setDraft({ ...draft, window: { ...draft.window!, closes: e.target.value } })}
            />
          </fieldset>
        )}
        <LocalizedFields
          id="survey-title"
          field={t('editor.surveyTitle')}
          value={draft.title}
          onChange={(title) => setDraft({ ...draft, title })}
          required
        />
        <LocalizedFields
          id="survey-intro"
          field={t('editor.intro')}
          value={draft.intro}
          onChange={(intro) => setDraft({ ...draft, intro })}
          multiline
          required
        />
        <LocalizedFields
          id="survey-afterwards"
          field={t('editor.afterwards')}
          value={draft.afterwards}
          onChange={(afterwards) => setDraft({ ...draft, afterwards })}
          multiline
          required
        />
        <h2>{t('editor.questions', { count: draft.questions.length })}</h2>
        <ol className="stack staff-question-list">
          {draft.questions.map((q, i) => (
            <QuestionEditor
              key={q.id}
              question={q}
              index={i}
              count={draft.questions.length}
              state={states?.get(q.id) ?? null}
              earlier={draft.questions.slice(0, i)}
              ruleProblems={rules.get(q.id) ?? []}
              onChange={(next) => setDraft(edit.replaceQuestion(draft, i, next))}
              onMove={(by) => setDraft(edit.moveQuestion(draft, i, by))}
              onRemove={() => setDraft(edit.removeQuestion(draft, i))}
              onPreview={() => setPreview(i)}
            />
          ))}
        </ol>
        {preview !== null && preview < draft.questions.length && (
          <RunnerPreview version={candidate} from={preview} onClose={() => setPreview(null)} />
        )}
        <div className="stack">
          <label htmlFor="new-type">{t('editor.newType')}</label>
          <select id="new-type" value={newType} onChange={(e) => setNewType(e.target.value as QuestionType)} disabled={full}>
            {QUESTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </select>
          <button type="button" className="button button-secondary" disabled={full} onClick={() => setDraft(edit.addQuestion(draft, newType))}>
            {t('editor.add')}
          </button>
          {full && <p className="small">{t('editor.pulseFull', { max: PULSE_MAX_QUESTIONS })}</p>}
        </div>
        <ProblemSummary id="editor-problems" messages={problems} />
        <div className="staff-actions">
          <button type="submit" className="button" disabled={busy}>
            {t('editor.publish')}
          </button>
          <button type="button" className="button button-secondary" onClick={props.onCancel}>
            {t('editor.cancel')}
          </button>
        </div>
      </form>
      {confirmDialog}
    </>
  );
}
