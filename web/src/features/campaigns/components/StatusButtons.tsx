import { useState } from 'react';
import { ConfirmDialog } from '@/components/ConfirmDialog';
import { ErrorMessage } from '@/components/ErrorMessage';
import { nextStatuses, useUpdateCampaign, type Campaign, type CampaignStatus } from '../api/campaigns';
import { T } from '../strings';

/** The moves the status machine never lets back: asked first (activate, pause and resume stay one click). */
type FinalMove = 'completed' | 'archived';
const isFinal = (to: CampaignStatus): to is FinalMove => to === 'completed' || to === 'archived';

/** The status machine's legal moves from where the campaign is, one button each. */
export function StatusButtons({ campaign }: { campaign: Campaign }) {
  const update = useUpdateCampaign();
  const [confirming, setConfirming] = useState<FinalMove | null>(null);
  const moves = nextStatuses(campaign.status);
  if (moves.length === 0) return null;
  const move = (to: CampaignStatus) => update.mutate({ id: campaign.id, status: to }, { onSuccess: () => setConfirming(null) });
  return (
    <div className="row" role="group" aria-label={T.movesFor(campaign.name)}>
      {moves.map((to) => (
        <button
          key={to}
          type="button"
          className={to === 'active' ? 'btn btn-small btn-primary' : 'btn btn-small'}
          disabled={update.isPending}
          onClick={() => {
            if (!isFinal(to)) return move(to);
            update.reset();
            setConfirming(to);
          }}
        >
          {to === 'active' && campaign.status === 'paused' ? T.moves.resume : T.moves[to as keyof typeof T.moves]}
        </button>
      ))}
      {update.isError && !confirming && <ErrorMessage error={update.error} />}
      {confirming && (
        <ConfirmDialog
          title={T.confirmMove.title(confirming, campaign.name)}
          confirmLabel={T.moves[confirming]}
          danger
          busy={update.isPending}
          onCancel={() => setConfirming(null)}
          onConfirm={() => move(confirming)}
        >
          <p>{T.confirmMove.body(confirming)}</p>
          {update.isError && <ErrorMessage error={update.error} />}
        </ConfirmDialog>
      )}
    </div>
  );
}
