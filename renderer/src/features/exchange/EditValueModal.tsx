import { Form, Input, InputNumber, Modal, Radio } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictEntry } from '../../../../shared/schemas/exchange';
import { fieldText } from './conflictText';

type Kind = 'text' | 'number' | 'boolean' | 'json';

/** The input a value calls for, judged from the values on both sides. */
function kindOf(entry: ConflictEntry): Kind {
  const values = [entry.a.value, entry.b.value].filter((v) => v !== null && v !== undefined);
  if (values.length === 0 || values.every((v) => typeof v === 'string')) return 'text';
  if (values.every((v) => typeof v === 'number')) return 'number';
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'json';
}

interface EditValueModalProps {
  entry: ConflictEntry | undefined;
  saving: boolean;
  onCancel: () => void;
  /** The new value as JSON, as the service takes it. */
  onSave: (json: string) => void;
}

/** "Sửa thành giá trị khác": the user's own value, starting from the one in use. */
export function EditValueModal({ entry, saving, onCancel, onSave }: EditValueModalProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [number, setNumber] = useState<number | null>(null);
  const [flag, setFlag] = useState<boolean | null>(null);
  const [invalid, setInvalid] = useState(false);
  const kind = entry ? kindOf(entry) : 'text';
  useEffect(() => {
    if (!entry) return;
    const current = entry[entry.current].value;
    setInvalid(false);
    setText(kindOf(entry) === 'json' ? JSON.stringify(current ?? null, null, 2) : typeof current === 'string' ? current : '');
    setNumber(typeof current === 'number' ? current : null);
    setFlag(typeof current === 'boolean' ? current : null);
  }, [entry]);

  const submit = () => {
    if (kind === 'number') return onSave(JSON.stringify(number));
    if (kind === 'boolean') return onSave(JSON.stringify(flag));
    if (kind === 'text') return onSave(JSON.stringify(text.trim() === '' ? null : text.trim()));
    try {
      onSave(JSON.stringify(JSON.parse(text)));
    } catch {
      setInvalid(true);
    }
  };

  return (
    <Modal
      open={Boolean(entry)}
      title={entry && t('exchange.inbox.editTitle', { field: fieldText(entry, t), record: entry.recordLabel })}
      okText={t('exchange.inbox.editSave')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={submit}
      onCancel={onCancel}
      destroyOnHidden
      width={560}
    >
      <Form layout="vertical" component="div">
        <Form.Item
          label={t('exchange.inbox.editLabel')}
          htmlFor="exchange-conflict-value"
          extra={kind === 'json' ? t('exchange.inbox.editJsonHint') : undefined}
          validateStatus={invalid ? 'error' : undefined}
          help={invalid ? t('exchange.inbox.editInvalid') : undefined}
        >
          {kind === 'number' ? (
            <InputNumber id="exchange-conflict-value" value={number} onChange={(v) => setNumber(typeof v === 'number' ? v : null)} style={{ width: 200 }} />
          ) : kind === 'boolean' ? (
            <Radio.Group
              id="exchange-conflict-value"
              value={flag}
              onChange={(e) => setFlag(e.target.value as boolean)}
              options={[
                { value: true, label: t('common.yes') },
                { value: false, label: t('common.no') },
              ]}
            />
          ) : (
            <Input.TextArea
              id="exchange-conflict-value"
              value={text}
              autoSize={{ minRows: kind === 'json' ? 6 : 2, maxRows: 14 }}
              onChange={(e) => setText(e.target.value)}
              style={kind === 'json' ? { fontFamily: 'monospace' } : undefined}
            />
          )}
        </Form.Item>
      </Form>
    </Modal>
  );
}
