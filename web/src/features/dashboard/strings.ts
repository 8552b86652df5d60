// UI strings of the dashboard's funnel report (issue 15), in one place for the message catalogue.
export const T = {
  funnel: 'Funnel',
  by: 'Group by',
  byCampaign: 'Campaign',
  byChannel: 'Channel',
  range: 'Prospects created',
  last30: 'Last 30 days',
  last90: 'Last 90 days',
  allTime: 'All time',
  group: 'Group',
  total: 'Prospects',
  outside: 'Lost / nurture / unsubscribed',
  empty: 'No prospect in this range.',
} as const;
