import { useTranslation } from 'react-i18next';
import { ProfileSection } from './ProfileSection';
import { PreferencesSection } from './PreferencesSection';
import { SecuritySection } from './SecuritySection';
import { DataSection } from './DataSection';

export default function SettingsPage() {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <h1>{t('settings.title')}</h1>
      <ProfileSection />
      <PreferencesSection />
      <SecuritySection />
      <DataSection />
    </div>
  );
}
