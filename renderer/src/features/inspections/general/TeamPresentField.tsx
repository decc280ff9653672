import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Empty, Row } from 'antd';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { SearchSelect } from '../../../ui/SearchSelect';
import { useOfficials } from '../../directory/queries';
import { usePlanOptions } from '../../plans/labels';
import { officialLabel } from '../../plans/team/OfficialPicker';
import type { GeneralForm } from './generalValues';

/** Officials present at the visit with their role; pre-filled from the plan's team. */
export function TeamPresentField({ form, locked }: { form: GeneralForm; locked: boolean }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'teamPresent' });
  const officials = useOfficials({});
  const roleOptions = usePlanOptions().roles;
  const officialOptions = (officials.data ?? []).map((o) => ({ value: o.id, label: officialLabel(o) }));

  return (
    <FormSection title={t('inspections.general.team')}>
      <Col span={24} role="group" aria-label={t('inspections.general.team')}>
        {fields.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inspections.general.teamEmpty')} style={{ margin: '0 0 12px' }} />}
        {fields.map((row, index) => (
          <Row gutter={12} key={row.id} align="bottom">
            <Col flex="auto">
              <FormField control={form.control} name={`teamPresent.${index}.officialId`} label={t('inspections.general.official')} required>
                {(field) => (
                  <SearchSelect
                    {...field}
                    value={(field.value as string | undefined) || undefined}
                    loading={officials.isLoading}
                    options={officialOptions}
                    placeholder={t('inspections.general.officialPlaceholder')}
                  />
                )}
              </FormField>
            </Col>
            <Col flex="200px">
              <FormField control={form.control} name={`teamPresent.${index}.role`} label={t('inspections.general.role')} required>
                {(field) => <SearchSelect {...field} value={field.value as string} allowClear={false} options={roleOptions} />}
              </FormField>
            </Col>
            <Col flex="40px" style={{ paddingBottom: 24 }}>
              <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('inspections.general.removeMember', { n: index + 1 })} onClick={() => remove(index)} disabled={locked} />
            </Col>
          </Row>
        ))}
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => append({ officialId: '', role: fields.length === 0 ? 'leader' : 'member' })} disabled={locked} style={{ marginBottom: 16 }}>
          {t('inspections.general.addMember')}
        </Button>
      </Col>
    </FormSection>
  );
}
