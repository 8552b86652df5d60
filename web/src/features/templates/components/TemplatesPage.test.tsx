import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LeaveGuard } from '@/lib/unsaved';
import { mockApi } from '@/test/mock-api';
import { renderWithProviders } from '@/test/render';
import { leavingIsQuestioned } from '@/test/leaving';
import TemplatesPage from './TemplatesPage';

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const saved = { id: 't1', name: 'Intro', channel: 'email', useCase: 'initial_outreach', subject: null, body: 'Hi {{firstName}}', variables: ['firstName'], system: false };

describe('TemplateForm unsaved changes', () => {
  it('a dirty template form asks before leaving (in-app and tab close); Cancel stays with the typed text', async () => {
    mockApi({ listTemplates: () => ({ items: [] }) });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { router } = renderWithProviders(<><LeaveGuard /><TemplatesPage /></>, { route: '/templates' });
    await userEvent.click(await screen.findByRole('button', { name: 'New template' }));
    expect(leavingIsQuestioned()).toBe(false);
    await userEvent.type(screen.getByLabelText(/^Name/), 'Intro');
    expect(leavingIsQuestioned()).toBe(true);
    await act(() => router.navigate('/prospects'));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(router.state.location.pathname).toBe('/templates');
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Intro');
  });

  it('does not ask after a successful save', async () => {
    const api = mockApi({ listTemplates: () => ({ items: [] }), createTemplate: () => saved });
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    const { router } = renderWithProviders(<><LeaveGuard /><TemplatesPage /></>, { route: '/templates' });
    await userEvent.click(await screen.findByRole('button', { name: 'New template' }));
    await userEvent.type(screen.getByLabelText(/^Name/), 'Intro');
    await userEvent.type(screen.getByLabelText(/^Body/), 'Hi there');
    await userEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(api.called('createTemplate')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByLabelText(/^Body/)).not.toBeInTheDocument());
    expect(leavingIsQuestioned()).toBe(false);
    await act(() => router.navigate('/prospects'));
    expect(confirm).not.toHaveBeenCalled();
    expect(router.state.location.pathname).toBe('/prospects');
  });
});

describe('TemplatesPage', () => {
  it('closes the edit form after a save made with the same template previewed (QA: stuck on "Saving…")', async () => {
    const api = mockApi({
      listTemplates: () => ({ items: [saved] }),
      listProspects: () => ({ items: [], nextCursor: null, total: { count: 0, atLeast: false } }),
      updateTemplate: (input) => ({ ...saved, ...input }),
    });
    renderWithProviders(<TemplatesPage />, { route: '/templates' });
    await userEvent.click(await screen.findByRole('button', { name: 'Preview Intro' }));
    await userEvent.click(screen.getByRole('button', { name: 'Edit Intro' }));
    await userEvent.type(screen.getByLabelText(/^Body/), ' again');
    await userEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(api.called('updateTemplate')).toHaveLength(1));
    await waitFor(() => expect(screen.queryByRole('button', { name: /^Save template|^Saving/ })).not.toBeInTheDocument());
    expect(screen.queryAllByLabelText(/^Name/, { selector: 'input' })).toHaveLength(0);
  });

  it('duplicates a system template into a new one of the seller (the only way to adapt a read-only one)', async () => {
    const system = { ...saved, id: 's1', name: 'Warm intro', system: true, body: 'Hello {{firstName}}, {{companyName}}' };
    const api = mockApi({ listTemplates: () => ({ items: [system] }), createTemplate: (input) => ({ ...system, ...input, id: 't9', system: false }) });
    renderWithProviders(<TemplatesPage />, { route: '/templates' });
    await userEvent.click(await screen.findByRole('button', { name: 'Duplicate Warm intro' }));
    expect(screen.getByLabelText(/^Name/)).toHaveValue('Copy of Warm intro');
    expect(screen.getByLabelText(/^Body/)).toHaveValue('Hello {{firstName}}, {{companyName}}');
    expect(screen.queryByRole('button', { name: 'Edit Warm intro' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save template' }));
    await waitFor(() => expect(api.called('createTemplate')).toHaveLength(1));
    expect(api.called('createTemplate')[0].input).toMatchObject({ name: 'Copy of Warm intro', channel: 'email', useCase: 'initial_outreach', body: 'Hello {{firstName}}, {{companyName}}' });
  });
});
