// Every UI string of the campaigns feature: read from the message catalogue (i18n/en.ts, fr.ts: `campaigns`) at access time.
import { t } from '@/i18n';

export const T = {
  get title() {
    return t('campaigns.title');
  },
  get newCampaign() {
    return t('campaigns.newCampaign');
  },
  get statusFilter() {
    return t('campaigns.statusFilter');
  },
  get allStatuses() {
    return t('campaigns.allStatuses');
  },
  get empty() {
    return t('campaigns.empty');
  },
  get emptyFiltered() {
    return t('campaigns.emptyFiltered');
  },
  get colName() {
    return t('campaigns.colName');
  },
  get colStatus() {
    return t('campaigns.colStatus');
  },
  get colProspects() {
    return t('campaigns.colProspects');
  },
  get colSent() {
    return t('campaigns.colSent');
  },
  get colReplies() {
    return t('campaigns.colReplies');
  },
  get colReplyRate() {
    return t('campaigns.colReplyRate');
  },
  get colMeetings() {
    return t('campaigns.colMeetings');
  },
  get byStage() {
    return t('campaigns.byStage');
  },
  form: {
    get createTitle() {
      return t('campaigns.form.createTitle');
    },
    get editTitle() {
      return t('campaigns.form.editTitle');
    },
    get name() {
      return t('campaigns.form.name');
    },
    get description() {
      return t('campaigns.form.description');
    },
    get industries() {
      return t('campaigns.form.industries');
    },
    get jobTitles() {
      return t('campaigns.form.jobTitles');
    },
    get companySizes() {
      return t('campaigns.form.companySizes');
    },
    get locations() {
      return t('campaigns.form.locations');
    },
    get listHint() {
      return t('campaigns.form.listHint');
    },
    get channels() {
      return t('campaigns.form.channels');
    },
    get linkedin() {
      return t('campaigns.form.linkedin');
    },
    get email() {
      return t('campaigns.form.email');
    },
    get dailySendLimit() {
      return t('campaigns.form.dailySendLimit');
    },
    get create() {
      return t('campaigns.form.create');
    },
    get save() {
      return t('campaigns.form.save');
    },
    get saving() {
      return t('campaigns.form.saving');
    },
    get cancel() {
      return t('campaigns.form.cancel');
    },
    get nameRequired() {
      return t('campaigns.form.nameRequired');
    },
    get limitRange() {
      return t('campaigns.form.limitRange');
    },
  },
  moves: {
    get active() {
      return t('campaigns.moves.active');
    },
    get resume() {
      return t('campaigns.moves.resume');
    },
    get paused() {
      return t('campaigns.moves.paused');
    },
    get completed() {
      return t('campaigns.moves.completed');
    },
    get archived() {
      return t('campaigns.moves.archived');
    },
  },
  movesFor: (name: string) => t('campaigns.movesFor', { name }),
  confirmMove: {
    title: (to: 'completed' | 'archived', name: string) => t(`campaigns.confirmMove.${to}Title`, { name }),
    body: (to: 'completed' | 'archived') => t(`campaigns.confirmMove.${to}Body`),
  },
  page: {
    get back() {
      return t('campaigns.page.back');
    },
    get edit() {
      return t('campaigns.page.edit');
    },
    get funnel() {
      return t('campaigns.page.funnel');
    },
    get funnelHint() {
      return t('campaigns.page.funnelHint');
    },
    get outside() {
      return t('campaigns.page.outside');
    },
    get prospects() {
      return t('campaigns.page.prospects');
    },
    get allProspects() {
      return t('campaigns.page.allProspects');
    },
    get review() {
      return t('campaigns.page.review');
    },
    get meetings() {
      return t('campaigns.page.meetings');
    },
    get upcoming() {
      return t('campaigns.page.upcoming');
    },
    get past() {
      return t('campaigns.page.past');
    },
    get noProspects() {
      return t('campaigns.page.noProspects');
    },
    get noReview() {
      return t('campaigns.page.noReview');
    },
    get noMeetings() {
      return t('campaigns.page.noMeetings');
    },
    get figures() {
      return t('campaigns.page.figures');
    },
    get notFound() {
      return t('campaigns.page.notFound');
    },
  },
};
