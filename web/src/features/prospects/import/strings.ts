// UI strings of CSV import and export: read from the message catalogue (`importCsv`) at access time.
import { currentLanguage, t } from '@/i18n';

/** As before in English (the browser's toLocaleString); French groups digits the French way. */
const num = (n: number) => (currentLanguage() === 'fr' ? n.toLocaleString('fr-FR') : n.toLocaleString());

export const T = {
  get title() {
    return t('importCsv.title');
  },
  get back() {
    return t('importCsv.back');
  },
  get file() {
    return t('importCsv.file');
  },
  get fileHint() {
    return t('importCsv.fileHint');
  },
  get decodedAs1252() {
    return t('importCsv.decodedAs1252');
  },
  get notText() {
    return t('importCsv.notText');
  },
  get empty() {
    return t('importCsv.empty');
  },
  parseError: (row: number, message: string) => t('importCsv.parseError', { row: String(row), message }),
  get mapping() {
    return t('importCsv.mapping');
  },
  get mappingHint() {
    return t('importCsv.mappingHint');
  },
  get notMapped() {
    return t('importCsv.notMapped');
  },
  get preview() {
    return t('importCsv.preview');
  },
  get campaign() {
    return t('importCsv.campaign');
  },
  get noCampaign() {
    return t('importCsv.noCampaign');
  },
  start: (n: number) => t('importCsv.start', { n: num(n) }),
  get missing() {
    return t('importCsv.missing');
  },
  get progress() {
    return t('importCsv.progress');
  },
  importing: (done: number, total: number) => t('importCsv.importing', { done: num(done), total: num(total) }),
  report: (created: number, duplicates: number, errors: number) =>
    t('importCsv.report', {
      created: num(created),
      duplicates: t('importCsv.duplicates', { count: duplicates, n: num(duplicates) }),
      errors: t('importCsv.errors', { count: errors, n: num(errors) }),
    }),
  get download() {
    return t('importCsv.download');
  },
  get errorsTitle() {
    return t('importCsv.errorsTitle');
  },
  get colRow() {
    return t('importCsv.colRow');
  },
  get colField() {
    return t('importCsv.colField');
  },
  get colMessage() {
    return t('importCsv.colMessage');
  },
  get stopped() {
    return t('importCsv.stopped');
  },
  paused: (seconds: number) => t('importCsv.paused', { seconds: String(seconds) }),
  get exportCsv() {
    return t('importCsv.exportCsv');
  },
  exporting: (n: number) => t('importCsv.exporting', { n: num(n) }),
  exported: (n: number) => t('importCsv.exported', { n: num(n) }),
  get cancelExport() {
    return t('importCsv.cancelExport');
  },
  get exportCancelled() {
    return t('importCsv.exportCancelled');
  },
  get exportProgress() {
    return t('importCsv.exportProgress');
  },
  get importCsv() {
    return t('importCsv.importCsv');
  },
  fields: {
    get fullName() {
      return t('importCsv.fields.fullName');
    },
    get companyName() {
      return t('importCsv.fields.companyName');
    },
    get jobTitle() {
      return t('importCsv.fields.jobTitle');
    },
    get email() {
      return t('importCsv.fields.email');
    },
    get linkedinUrl() {
      return t('importCsv.fields.linkedinUrl');
    },
    get location() {
      return t('importCsv.fields.location');
    },
    get status() {
      return t('importCsv.fields.status');
    },
    get vip() {
      return t('importCsv.fields.vip');
    },
    get vipReason() {
      return t('importCsv.fields.vipReason');
    },
  },
};
