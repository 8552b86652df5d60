import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { TextField } from '@/components/Field';
import { ErrorMessage } from '@/components/ErrorMessage';
import { ApiError } from '@/lib/api-client';
import { useDeleteAccount, useExport } from '../api/settings';

function download(data: unknown, filename: string) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

export function DataSection() {
  const { t } = useTranslation();
  const exportData = useExport();
  const del = useDeleteAccount();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const confirmDelete = () => {
    if (!password) {
      setPasswordError(t('settings.isRequired'));
      return;
    }
    del.mutate(
      { password },
      {
        onSuccess: () => {
          queryClient.clear();
          navigate('/signup', { replace: true });
        },
        onError: (err) => {
          if (err instanceof ApiError && (err.code === 'INVALID_CREDENTIALS' || err.status === 422)) setPasswordError(err.fieldErrors().password ?? t('settings.notYourPassword'));
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">{t('settings.yourData')}</h2>
      <p className="muted">{t('settings.exportText')}</p>
      {exportData.isError && <ErrorMessage error={exportData.error} />}
      <button type="button" className="btn" disabled={exportData.isPending} onClick={() => exportData.mutate({}, { onSuccess: (d) => download(d, `sales-machine-export-${new Date().toISOString().slice(0, 10)}.json`) })}>
        {exportData.isPending ? t('settings.preparing') : t('settings.exportData')}
      </button>
      <h3 style={{ marginTop: '1.25rem' }}>{t('settings.deleteAccount')}</h3>
      <p className="muted">{t('settings.deleteText')}</p>
      <button type="button" className="btn btn-danger" onClick={() => { del.reset(); setPassword(''); setPasswordError(null); setConfirming(true); }}>
        {t('settings.deleteMyAccount')}
      </button>
      {confirming && (
        <ConfirmDialog title={t('settings.deleteTitle')} confirmLabel={t('settings.deletePermanently')} danger busy={del.isPending} onCancel={() => setConfirming(false)} onConfirm={confirmDelete}>
          <p>{t('settings.deleteDialogText')}</p>
          <TextField label={t('settings.yourPassword')} type="password" autoComplete="current-password" value={password} onChange={(e) => { setPassword(e.target.value); setPasswordError(null); }} error={passwordError} />
          {del.isError && !passwordError && <ErrorMessage error={del.error} />}
        </ConfirmDialog>
      )}
    </section>
  );
}
