import { ArrowDownOutlined, ArrowUpOutlined, BookOutlined, DeleteOutlined, DownOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Dropdown, Flex, Form, Input, Typography } from 'antd';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../../../ui/FormSection';
import { useUnverifiedBases } from '../legalBases';
import { useLegalBases } from '../queries';
import { UnverifiedTag } from '../UnverifiedTag';
import type { PlanForm } from './formValues';

const move = <T,>(items: T[], from: number, to: number): T[] => {
  const next = [...items];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/** The căn cứ of the plan, in the order they are cited: edit, add (blank or from the suggestions), reorder, remove. */
export function LegalBasesEditor({ form }: { form: PlanForm }) {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control: form.control, name: 'legalBases' });
  const items = (field.value ?? []) as string[];
  const unverified = useUnverifiedBases();
  const catalogue = useLegalBases();
  const errors = form.formState.errors.legalBases;
  const set = (next: string[]) => field.onChange(next);
  const missing = (catalogue.data ?? []).filter((b) => !items.includes(b.text));

  return (
    <FormSection title={t('plans.section.legalBases')}>
      <Flex vertical gap={4} style={{ width: '100%', paddingInline: 8 }}>
        <Typography.Text type="secondary" style={{ marginBottom: 8 }}>
          {t('plans.legalBases.hint')}
        </Typography.Text>
        {items.map((text, index) => {
          const label = t('plans.legalBases.itemLabel', { n: index + 1 });
          const error = errors?.[index]?.message;
          return (
            <Flex key={index} gap={8} align="flex-start">
              <Typography.Text strong style={{ width: 22, paddingTop: 5, textAlign: 'right', flexShrink: 0 }}>
                {index + 1}.
              </Typography.Text>
              <Form.Item validateStatus={error ? 'error' : undefined} help={error} style={{ flex: 1, marginBottom: 8 }}>
                <Input.TextArea
                  value={text}
                  aria-label={label}
                  aria-invalid={Boolean(error) || undefined}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  onChange={(e) => set(items.with(index, e.target.value))}
                  onBlur={field.onBlur}
                />
              </Form.Item>
              <Flex gap={2} align="center" style={{ paddingTop: 4, flexShrink: 0 }}>
                {/* A fixed slot, so flagged and unflagged rows keep the same width. */}
                <div style={{ width: 118, flexShrink: 0, display: 'flex', justifyContent: 'flex-end' }}>{unverified.has(text) && <UnverifiedTag />}</div>
                <Button type="text" size="small" icon={<ArrowUpOutlined aria-hidden />} disabled={index === 0} onClick={() => set(move(items, index, index - 1))} aria-label={t('plans.legalBases.moveUp', { n: index + 1 })} />
                <Button type="text" size="small" icon={<ArrowDownOutlined aria-hidden />} disabled={index === items.length - 1} onClick={() => set(move(items, index, index + 1))} aria-label={t('plans.legalBases.moveDown', { n: index + 1 })} />
                <Button type="text" size="small" danger icon={<DeleteOutlined aria-hidden />} onClick={() => set(items.filter((_, i) => i !== index))} aria-label={t('plans.legalBases.remove', { n: index + 1 })} />
              </Flex>
            </Flex>
          );
        })}
        {items.length === 0 && <Typography.Text type="secondary">{t('plans.legalBases.empty')}</Typography.Text>}
        {fieldState.error?.message && <Typography.Text type="danger">{fieldState.error.message}</Typography.Text>}
        <Flex gap={8} style={{ marginTop: 4, marginBottom: 16, paddingInlineStart: 30 }}>
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => set([...items, ''])}>
            {t('plans.legalBases.add')}
          </Button>
          <Dropdown
            disabled={missing.length === 0}
            menu={{
              items: missing.map((b) => ({ key: b.text, label: <span style={{ display: 'block', maxWidth: 560, whiteSpace: 'normal' }}>{b.text}</span> })),
              onClick: ({ key }) => set([...items, key]),
            }}
          >
            <Button icon={<BookOutlined aria-hidden />}>
              {t('plans.legalBases.addSuggested')} <DownOutlined aria-hidden />
            </Button>
          </Dropdown>
        </Flex>
      </Flex>
    </FormSection>
  );
}
