import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${title} · ${t('common.appName')}`;
  }, [title, t]);
  return (
    <main className="auth" id="main">
      <div className="card auth-card">
        <p className="brand">{t('common.appName')}</p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
