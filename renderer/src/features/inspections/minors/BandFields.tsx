import { Alert, Col } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../ui/FormSection';
import { BAND_FACTS } from './bandFacts';
import { FactRow } from './FactRow';
import type { LiveAge } from './liveAge';
import type { MinorForm } from './minorValues';

/** The work allowed, or forbidden, at this child's age: shown once the age is known. */
export function BandFields({ form, live }: { form: MinorForm; live: LiveAge }) {
  const { t } = useTranslation();
  const artSport = form.watch('artSportWork');
  if (live.state !== 'ok') {
    return <Alert type="info" showIcon title={t('inspections.minor.bandNeedsAge')} style={{ marginBottom: 16 }} />;
  }
  if (live.band === 'adult') {
    return <Alert type="warning" showIcon title={t('inspections.minor.adult')} style={{ marginBottom: 16 }} />;
  }
  // Provincial consent only matters for art or sport work, the one kind allowed under 13.
  const facts = BAND_FACTS[live.band].filter((fact) => fact !== 'provincialConsent' || artSport === true);
  return (
    <FormSection title={t('inspections.minor.bandTitle', { band: t(`inspections.ageBand.${live.band}`) })}>
      <Col span={24} style={{ marginBottom: 8 }}>
        {facts.map((fact) => (
          <FactRow key={fact} form={form} name={fact} />
        ))}
      </Col>
    </FormSection>
  );
}
