import { Col } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../ui/FormSection';
import { CONDITION_FACTS } from './bandFacts';
import { FactRow } from './FactRow';
import type { LiveAge } from './liveAge';
import type { MinorForm } from './minorValues';

/** Consent, register, contract and health certificate (Art. 144, 145 of the Labour Code). */
export function ConditionFields({ form, live }: { form: MinorForm; live: LiveAge }) {
  const { t } = useTranslation();
  const facts = CONDITION_FACTS[live.state === 'ok' ? live.band : 'unknown'];
  if (facts.length === 0) return null;
  return (
    <FormSection title={t('inspections.minor.conditions')}>
      <Col span={24} style={{ marginBottom: 8 }}>
        {facts.map((fact) => (
          <FactRow key={fact} form={form} name={fact} />
        ))}
      </Col>
    </FormSection>
  );
}
