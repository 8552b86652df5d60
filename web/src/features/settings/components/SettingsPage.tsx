import { ProfileSection } from './ProfileSection';
import { PreferencesSection } from './PreferencesSection';
import { SecuritySection } from './SecuritySection';
import { DataSection } from './DataSection';

export default function SettingsPage() {
  return (
    <div className="stack">
      <h1>Settings</h1>
      <ProfileSection />
      <PreferencesSection />
      <SecuritySection />
      <DataSection />
    </div>
  );
}
