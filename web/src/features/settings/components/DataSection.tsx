import { useState } from 'react';
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
  const exportData = useExport();
  const del = useDeleteAccount();
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const navigate = useNavigate();
  const queryClient = useQueryClient();

  const confirmDelete = () => {
    if (!password) {
      setPasswordError('is required');
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
          if (err instanceof ApiError && (err.code === 'INVALID_CREDENTIALS' || err.status === 422)) setPasswordError(err.fieldErrors().password ?? 'is not your password');
        },
      },
    );
  };

  return (
    <section className="card" aria-labelledby="data-title">
      <h2 id="data-title">Your data</h2>
      <p className="muted">Download every record Sales Machine holds about you and your prospects, as one JSON file.</p>
      {exportData.isError && <ErrorMessage error={exportData.error} />}
      <button type="button" className="btn" disabled={exportData.isPending} onClick={() => exportData.mutate({}, { onSuccess: (d) => download(d, `sales-machine-export-${new Date().toISOString().slice(0, 10)}.json`) })}>
        {exportData.isPending ? 'Preparing…' : 'Export my data'}
      </button>
      <h3 style={{ marginTop: '1.25rem' }}>Delete account</h3>
      <p className="muted">Erases your account, your campaigns, prospects, messages and sessions. This cannot be undone.</p>
      <button type="button" className="btn btn-danger" onClick={() => { del.reset(); setPassword(''); setPasswordError(null); setConfirming(true); }}>
        Delete my account…
      </button>
      {confirming && (
        <ConfirmDialog title="Delete your account?" confirmLabel="Delete account permanently" danger busy={del.isPending} onCancel={() => setConfirming(false)} onConfirm={confirmDelete}>
          <p>Everything is erased at once. Export your data first if you want a copy.</p>
          <TextField label="Your password" type="password" autoComplete="current-password" value={password} onChange={(e) => { setPassword(e.target.value); setPasswordError(null); }} error={passwordError} />
          {del.isError && !passwordError && <ErrorMessage error={del.error} />}
        </ConfirmDialog>
      )}
    </section>
  );
}
