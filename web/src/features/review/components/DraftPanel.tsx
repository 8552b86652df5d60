import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { ErrorMessage } from '@/components/ErrorMessage';
import { TextAreaField, TextField } from '@/components/Field';
import { humanize, formatDateTime } from '@/lib/format';
import { rulesFor } from '@/lib/validation';
import { useFormErrors } from '@/lib/use-form-errors';
import type { ReviewItem } from '../api/review';
import { HighlightedDraft } from './HighlightedDraft';

export type PanelMode = 'view' | 'edit' | 'reject';
const editRules = rulesFor('editMessage');

export function DraftPanel({
  item,
  position,
  mode,
  setMode,
  onApprove,
  onEdit,
  onReject,
  focusOnMountRef,
  busy = false,
}: {
  item: ReviewItem;
  position: string;
  mode: PanelMode;
  setMode: (m: PanelMode) => void;
  onApprove: () => void;
  onEdit: (subject: string | undefined, message: string) => Promise<void>;
  onReject: (reason: string | undefined) => void;
  /** Set by the queue after a decision: this (next) draft's heading takes the focus when it appears. */
  focusOnMountRef?: RefObject<boolean>;
  /** A decision is in flight: no further decision can be sent until it has settled. */
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusOnMountRef?.current) {
      focusOnMountRef.current = false;
      headingRef.current?.focus();
    }
  }, [focusOnMountRef]);
  return (
    <section className="card" aria-labelledby="draft-title" data-testid="draft" data-review-id={item.id}>
      <div className="spread">
        <h2 id="draft-title" ref={headingRef} tabIndex={-1}>
          {t('review.draftFor', { name: item.prospect.fullName })} <span className="muted small">({position})</span>
        </h2>
        <span className="badge">{humanize(item.channel)}</span>
      </div>
      <p className="muted small">
        {t('review.meta', { type: humanize(item.messageType), confidence: item.confidenceScore, priority: item.priority, at: formatDateTime(item.createdAt) })}
      </p>
      {item.blockedTopics.length > 0 && (
        <p className="error" role="note">
          {t('review.blockedTopics', { topics: item.blockedTopics.join(', ') })}
        </p>
      )}
      {mode === 'edit' ? (
        <EditForm item={item} onCancel={() => setMode('view')} onSave={onEdit} />
      ) : (
        <>
          {item.proposedSubject && (
            <p>
              <strong>{t('review.subjectPrefix')}</strong>
              <HighlightedDraft text={item.proposedSubject} blockedTopics={item.blockedTopics} />
            </p>
          )}
          <div className="draft" data-testid="draft-text">
            <HighlightedDraft text={item.proposedMessage} blockedTopics={item.blockedTopics} />
          </div>
          {item.reasoning && <p className="muted small">{t('review.why', { reasoning: item.reasoning })}</p>}
          {mode === 'reject' ? (
            <RejectForm onCancel={() => setMode('view')} onReject={onReject} busy={busy} />
          ) : (
            <div className="row" style={{ marginTop: '.75rem' }}>
              <button type="button" className="btn btn-primary" onClick={onApprove} disabled={busy}>
                {t('review.approve')} <kbd>a</kbd>
              </button>
              <button type="button" className="btn" onClick={() => setMode('edit')}>
                {t('review.edit')} <kbd>e</kbd>
              </button>
              <button type="button" className="btn" onClick={() => setMode('reject')}>
                {t('review.reject')} <kbd>r</kbd>
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}

function EditForm({ item, onCancel, onSave }: { item: ReviewItem; onCancel: () => void; onSave: (subject: string | undefined, message: string) => Promise<void> }) {
  const [subject, setSubject] = useState(item.proposedSubject ?? '');
  const [message, setMessage] = useState(item.proposedMessage);
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [otherError, setOtherError] = useState<unknown>(null);
  const form = useFormErrors(editRules);
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);

  const submit = (e?: FormEvent) => {
    e?.preventDefault();
    if (saving || !form.check({ id: item.id, subject, message })) return;
    setOtherError(null);
    setSaving(true);
    // A refusal (e.g. 422 "hits blacklisted topics: guarantee") keeps the typed text and shows the server's own
    // message next to the field it names; anything else shows under the form.
    onSave(item.channel === 'email' || item.proposedSubject ? subject : undefined, message).catch((err: unknown) => {
      setSaving(false);
      if (!form.fromServer(err)) setOtherError(err);
      if (err instanceof ApiError && err.status === 422) ref.current?.focus();
    });
  };

  return (
    <form onSubmit={submit} onKeyDown={(e) => {
      if (e.key === 'Escape') onCancel();
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit();
    }}>
      {(item.channel === 'email' || item.proposedSubject) && <TextField label={t('review.subject')} value={subject} onChange={(e) => setSubject(e.target.value)} error={form.errors.subject} />}
      <TextAreaField ref={ref} label={t('review.message')} value={message} onChange={(e) => setMessage(e.target.value)} error={form.errors.message} rows={10} hint={t('review.editHint')} />
      {otherError != null && <ErrorMessage error={otherError} />}
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={saving}>
          {saving ? t('common.saving') : t('review.saveAndApprove')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

function RejectForm({ onCancel, onReject, busy }: { onCancel: () => void; onReject: (reason: string | undefined) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <form
      style={{ marginTop: '.75rem' }}
      onSubmit={(e) => {
        e.preventDefault();
        onReject(reason.trim() || undefined);
      }}
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <TextField ref={ref} label={t('review.reasonOptional')} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} hint={t('review.rejectHint')} />
      <div className="row">
        <button type="submit" className="btn btn-danger" disabled={busy}>
          {t('review.rejectDraft')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
