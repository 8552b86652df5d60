// UI strings of the prospects list, its filters and bulk work: read from the message catalogue (`prospectsBulk`) at access time.
import { currentLanguage, t } from '@/i18n';

/** As before in English (the browser's toLocaleString); French groups digits the French way. */
const num = (n: number) => (currentLanguage() === 'fr' ? n.toLocaleString('fr-FR') : n.toLocaleString());
/** Singular or plural: English says "1 prospect", French also "0 prospect". */
const one = (n: number) => (currentLanguage() === 'fr' ? n < 2 : n === 1);
/** The same for a count already formatted as text. */
const oneText = (n: string) => (currentLanguage() === 'fr' ? n === '0' || n === '1' : n === '1');

export const T = {
  get title() {
    return t('prospectsBulk.title');
  },
  get search() {
    return t('prospectsBulk.search');
  },
  get searchPlaceholder() {
    return t('prospectsBulk.searchPlaceholder');
  },
  get status() {
    return t('prospectsBulk.status');
  },
  get allStatuses() {
    return t('prospectsBulk.allStatuses');
  },
  get vip() {
    return t('prospectsBulk.vip');
  },
  get all() {
    return t('prospectsBulk.all');
  },
  get vipOnly() {
    return t('prospectsBulk.vipOnly');
  },
  get notVip() {
    return t('prospectsBulk.notVip');
  },
  get sort() {
    return t('prospectsBulk.sort');
  },
  get newest() {
    return t('prospectsBulk.newest');
  },
  get recent() {
    return t('prospectsBulk.recent');
  },
  get campaign() {
    return t('prospectsBulk.campaign');
  },
  get anyCampaign() {
    return t('prospectsBulk.anyCampaign');
  },
  get channel() {
    return t('prospectsBulk.channel');
  },
  get anyChannel() {
    return t('prospectsBulk.anyChannel');
  },
  get linkedin() {
    return t('prospectsBulk.linkedin');
  },
  get email() {
    return t('prospectsBulk.email');
  },
  get jobTitle() {
    return t('prospectsBulk.jobTitle');
  },
  get createdFrom() {
    return t('prospectsBulk.createdFrom');
  },
  get createdTo() {
    return t('prospectsBulk.createdTo');
  },
  get contactedFrom() {
    return t('prospectsBulk.contactedFrom');
  },
  get contactedTo() {
    return t('prospectsBulk.contactedTo');
  },
  get clearFilters() {
    return t('prospectsBulk.clearFilters');
  },
  get savedViews() {
    return t('prospectsBulk.savedViews');
  },
  get chooseView() {
    return t('prospectsBulk.chooseView');
  },
  get viewName() {
    return t('prospectsBulk.viewName');
  },
  get saveView() {
    return t('prospectsBulk.saveView');
  },
  get deleteView() {
    return t('prospectsBulk.deleteView');
  },
  viewSaved: (name: string) => t('prospectsBulk.viewSaved', { name }),
  total: (n: number, atLeast: boolean) =>
    atLeast ? t('prospectsBulk.totalAtLeast', { n: num(n) }) : t('prospectsBulk.total', { count: n, n: num(n) }),
  shown: (n: number, more: boolean) => t(more ? 'prospectsBulk.shownMore' : 'prospectsBulk.shown', { n: String(n) }),
  selectRow: (name: string) => t('prospectsBulk.selectRow', { name }),
  get selectPage() {
    return t('prospectsBulk.selectPage');
  },
  selected: (n: number) => t('prospectsBulk.selected', { n: num(n) }),
  selectAllMatching: (n: string) => t('prospectsBulk.selectAllMatching', { n }),
  allMatchingSelected: (n: string) => t('prospectsBulk.allMatchingSelected', { n }),
  get clearSelection() {
    return t('prospectsBulk.clearSelection');
  },
  get setStatus() {
    return t('prospectsBulk.setStatus');
  },
  get apply() {
    return t('prospectsBulk.apply');
  },
  get markVip() {
    return t('prospectsBulk.markVip');
  },
  get unmarkVip() {
    return t('prospectsBulk.unmarkVip');
  },
  get assign() {
    return t('prospectsBulk.assign');
  },
  get chooseCampaign() {
    return t('prospectsBulk.chooseCampaign');
  },
  get delete() {
    return t('prospectsBulk.delete');
  },
  confirmDeleteTitle: (n: string) => t(oneText(n) ? 'prospectsBulk.confirmDeleteTitleOne' : 'prospectsBulk.confirmDeleteTitleOther', { n }),
  confirmDeleteBody: (n: string) => t(oneText(n) ? 'prospectsBulk.confirmDeleteBodyOne' : 'prospectsBulk.confirmDeleteBodyOther', { n }),
  confirmDelete: (n: string) => t('prospectsBulk.confirmDelete', { n }),
  get bulkActions() {
    return t('prospectsBulk.bulkActions');
  },
  /** While a bulk action runs (a whole filter of a large account takes seconds): what it is doing, to how many. */
  working: (n: string) => t(oneText(n) ? 'prospectsBulk.workingOne' : 'prospectsBulk.workingOther', { n }),
  deleting: (n: string) => t(oneText(n) ? 'prospectsBulk.deletingOne' : 'prospectsBulk.deletingOther', { n }),
  changed: (n: number) => t(one(n) ? 'prospectsBulk.changedOne' : 'prospectsBulk.changedOther', { n: num(n) }),
  get emptyFiltered() {
    return t('prospectsBulk.emptyFiltered');
  },
  get empty() {
    return t('prospectsBulk.empty');
  },
  get colName() {
    return t('prospectsBulk.colName');
  },
  get colCompany() {
    return t('prospectsBulk.colCompany');
  },
  get colTitle() {
    return t('prospectsBulk.colTitle');
  },
  get colStatus() {
    return t('prospectsBulk.colStatus');
  },
  get colActivity() {
    return t('prospectsBulk.colActivity');
  },
  get loadMore() {
    return t('prospectsBulk.loadMore');
  },
  get loading() {
    return t('prospectsBulk.loading');
  },
};
