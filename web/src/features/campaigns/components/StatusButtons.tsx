import { ErrorMessage } from '@/components/ErrorMessage';
import { nextStatuses, useUpdateCampaign, type Campaign } from '../api/campaigns';
import { T } from '../strings';

/** The status machine's legal moves from where the campaign is, one button each. */
export function StatusButtons({ campaign }: { campaign: Campaign }) {
  const update = useUpdateCampaign();
  const moves = nextStatuses(campaign.status);
  if (moves.length === 0) return null;
  return (
    <div className="row" role="group" aria-label={`Status moves for ${campaign.name}`}>
      {moves.map((to) => (
        <button
          key={to}
          type="button"
          className={to === 'active' ? 'btn btn-small btn-primary' : 'btn btn-small'}
          disabled={update.isPending}
          onClick={() => update.mutate({ id: campaign.id, status: to })}
        >
          {to === 'active' && campaign.status === 'paused' ? T.moves.resume : T.moves[to as keyof typeof T.moves]}
        </button>
      ))}
      {update.isError && <ErrorMessage error={update.error} />}
    </div>
  );
}
