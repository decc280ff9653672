import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Input, Row, Select, Typography } from 'antd';
import { useFieldArray, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { SEXES } from '../../../../../shared/schemas/inspection';
import { FormField } from '../../../ui/FormField';
import { FormSection } from '../../../ui/FormSection';
import { textValue } from '../../../ui/inputs';
import type { GeneralForm, GeneralValues } from './generalValues';

interface Column {
  key: string;
  label: string;
  span: number;
  required?: boolean;
  placeholder?: string;
  /** A choice of Nam / Nữ ("Ông" / "Bà" on the papers) instead of a text box. */
  choice?: 'sex';
}

interface PeopleListFieldProps {
  form: GeneralForm;
  name: 'representatives' | 'otherParticipants';
  title: string;
  columns: Column[];
  addLabel: string;
  emptyText: string;
  locked: boolean;
}

/** A list of people present (representatives of the establishment, other participants), one row each. */
export function PeopleListField({ form, name, title, columns, addLabel, emptyText, locked }: PeopleListFieldProps) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name });
  return (
    <FormSection title={title}>
      <Col span={24} role="group" aria-label={title}>
        {fields.length === 0 && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
            {emptyText}
          </Typography.Paragraph>
        )}
        {fields.map((row, index) => (
          <Row gutter={12} key={row.id} align="bottom">
            {columns.map((column) => (
              <Col span={column.span} key={column.key}>
                <FormField control={form.control} name={`${name}.${index}.${column.key}` as Path<GeneralValues>} label={column.label} required={column.required}>
                  {(field) =>
                    column.choice === 'sex' ? (
                      <Select
                        {...field}
                        value={field.value as string | undefined}
                        allowClear
                        options={SEXES.map((sex) => ({ value: sex, label: t(`inspections.sex.${sex}`) }))}
                      />
                    ) : (
                      <Input {...field} value={textValue(field.value)} placeholder={column.placeholder} autoComplete="off" />
                    )
                  }
                </FormField>
              </Col>
            ))}
            <Col flex="40px" style={{ paddingBottom: 24 }}>
              <Button type="text" danger icon={<DeleteOutlined aria-hidden />} aria-label={t('inspections.general.removeRow', { title, n: index + 1 })} onClick={() => remove(index)} disabled={locked} />
            </Col>
          </Row>
        ))}
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => append({ name: '' })} disabled={locked} style={{ marginBottom: 16 }}>
          {addLabel}
        </Button>
      </Col>
    </FormSection>
  );
}
