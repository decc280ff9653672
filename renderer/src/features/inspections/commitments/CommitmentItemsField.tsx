import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Input, Row, Typography } from 'antd';
import dayjs from 'dayjs';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type * as z from 'zod';
import type { CommitmentCreateInput } from '../../../../../shared/schemas/inspection';
import { FormField } from '../../../ui/FormField';
import { textValue } from '../../../ui/inputs';
import { ISO_DATE } from '../../plans/dates';
import { IsoDatePicker } from '../inputs/IsoDatePicker';

export type CommitmentForm = UseFormReturn<z.input<typeof CommitmentCreateInput>, unknown, z.output<typeof CommitmentCreateInput>>;

// No deadline yet: an empty picker is undefined, so the schema says "required", not "bad format".
export const EMPTY_ITEM = { content: '', deadline: undefined } as unknown as { content: string; deadline: string };

// Usual follow-up periods, one click each.
const QUICK_DAYS = [7, 15, 30];

/** The promises of a commitment: what will be done, by when. */
export function CommitmentItemsField({ form }: { form: CommitmentForm }) {
  const { t } = useTranslation();
  const { fields, append, remove } = useFieldArray({ control: form.control, name: 'items' });
  const itemsError = form.formState.errors.items?.root?.message ?? form.formState.errors.items?.message;
  const afterSigning = (days: number) => dayjs(form.getValues('signedDate') || undefined).add(days, 'day').format(ISO_DATE);
  return (
    <div role="group" aria-label={t('inspections.commitment.items')}>
      {fields.map((row, index) => (
        <Row gutter={12} key={row.id} align="top" style={{ borderBottom: '1px solid #f0f2f5', paddingTop: 8, marginBottom: 8 }}>
          <Col flex="32px" style={{ paddingTop: 34, color: 'rgba(0,0,0,0.45)' }}>{index + 1}.</Col>
          <Col flex="auto">
            <FormField control={form.control} name={`items.${index}.content`} label={t('inspections.commitment.content')} required>
              {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 1, maxRows: 5 }} placeholder={t('inspections.placeholder.commitmentItem')} />}
            </FormField>
          </Col>
          <Col flex="190px">
            <FormField
              control={form.control}
              name={`items.${index}.deadline`}
              label={t('inspections.commitment.deadline')}
              required
              extra={
                <Flex gap={6}>
                  {QUICK_DAYS.map((days) => (
                    <Button
                      key={days}
                      type="link"
                      size="small"
                      style={{ padding: 0, height: 'auto' }}
                      onClick={() => form.setValue(`items.${index}.deadline`, afterSigning(days), { shouldValidate: true, shouldDirty: true })}
                    >
                      +{days}
                    </Button>
                  ))}
                  <span>{t('inspections.commitment.days')}</span>
                </Flex>
              }
            >
              {(field) => <IsoDatePicker {...field} value={field.value as string | undefined} placeholder={t('inspections.placeholder.date')} />}
            </FormField>
          </Col>
          <Col flex="40px" style={{ paddingTop: 30 }}>
            <Button type="text" danger icon={<DeleteOutlined aria-hidden />} disabled={fields.length === 1} onClick={() => remove(index)} aria-label={t('inspections.commitment.removeItem', { n: index + 1 })} />
          </Col>
        </Row>
      ))}
      {itemsError && <Typography.Text type="danger">{itemsError}</Typography.Text>}
      <div>
        <Button icon={<PlusOutlined aria-hidden />} onClick={() => append(EMPTY_ITEM)}>
          {t('inspections.commitment.addItem')}
        </Button>
      </div>
    </div>
  );
}
