import { Flex, Typography } from 'antd';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { TriState } from '../inputs/TriState';
import type { FactKey, MinorForm } from './minorValues';

/** One yes / no / not-known fact, with the legal provision it relates to. */
export function FactRow({ form, name }: { form: MinorForm; name: FactKey }) {
  const { t } = useTranslation();
  const label = t(`inspections.fact.${name}`);
  return (
    <Flex justify="space-between" align="center" gap={16} style={{ padding: '8px 0', borderBottom: '1px solid #f0f2f5' }}>
      <Flex vertical style={{ minWidth: 0 }}>
        <span>{label}</span>
        <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
          {t(`inspections.factHint.${name}`)}
        </Typography.Text>
      </Flex>
      <Controller
        control={form.control}
        name={name}
        render={({ field }) => <TriState label={label} value={field.value as boolean | undefined} onChange={field.onChange} />}
      />
    </Flex>
  );
}
