import type { ReactNode } from 'react';

export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="auth" id="main">
      <div className="card auth-card">
        <p className="brand">Sales Machine</p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
