import { App, Card, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLanguage, setLanguage, type Language } from '../../i18n';
import { PageHeader } from '../../ui/PageHeader';
import { UnitSettingsCard } from './UnitSettingsCard';

export function SettingsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const choose = async (language: Language) => {
    await setLanguage(language);
    void message.success(t('settings.languageChanged', { lng: language }));
  };
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      <UnitSettingsCard />
      <Card title={t('settings.display')} style={{ maxWidth: 720 }}>
        <Form layout="vertical">
          <Form.Item label={t('settings.language')} extra={t('settings.languageHint')} style={{ marginBottom: 0 }}>
            <Radio.Group
              aria-label={t('settings.language')}
              value={currentLanguage()}
              onChange={(e) => void choose(e.target.value as Language)}
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: 'vi', label: t('settings.languageVi') },
                { value: 'en', label: t('settings.languageEn') },
              ]}
            />
          </Form.Item>
        </Form>
      </Card>
    </>
  );
}
