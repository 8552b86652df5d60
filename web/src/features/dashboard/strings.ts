// UI strings of the dashboard's funnel report (issue 15): read from the message catalogue (`dashboardFunnel`) at access time.
import { t } from '@/i18n';

export const T = {
  get funnel() {
    return t('dashboardFunnel.funnel');
  },
  get by() {
    return t('dashboardFunnel.by');
  },
  get byCampaign() {
    return t('dashboardFunnel.byCampaign');
  },
  get byChannel() {
    return t('dashboardFunnel.byChannel');
  },
  get range() {
    return t('dashboardFunnel.range');
  },
  get last30() {
    return t('dashboardFunnel.last30');
  },
  get last90() {
    return t('dashboardFunnel.last90');
  },
  get noCampaign() {
    return t('dashboardFunnel.noCampaign');
  },
  get allTime() {
    return t('dashboardFunnel.allTime');
  },
  get group() {
    return t('dashboardFunnel.group');
  },
  get total() {
    return t('dashboardFunnel.total');
  },
  get outside() {
    return t('dashboardFunnel.outside');
  },
  get empty() {
    return t('dashboardFunnel.empty');
  },
  get replyRate() {
    return t('dashboardFunnel.replyRate');
  },
  get week() {
    return t('dashboardFunnel.week');
  },
  get rate() {
    return t('dashboardFunnel.rate');
  },
  repliedOf: (replied: number, contacted: number) => t('dashboardFunnel.repliedOf', { replied: String(replied), contacted: String(contacted) }),
  get noMessages() {
    return t('dashboardFunnel.noMessages');
  },
};
