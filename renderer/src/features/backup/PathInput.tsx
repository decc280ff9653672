import { FolderOpenOutlined } from '@ant-design/icons';
import { Button, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { canChoosePath, choosePath } from './paths';

interface PathInputProps {
  id?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  kind: 'folder' | 'file';
  placeholder?: string;
  'aria-label'?: string;
  status?: 'error';
}

/** A path typed, or chosen in the desktop's dialog («Chọn thư mục…», «Chọn tệp…»). */
export function PathInput({ kind, value, onChange, ...rest }: PathInputProps) {
  const { t } = useTranslation();
  const input = <Input {...rest} value={value} onChange={(e) => onChange(e.target.value)} spellCheck={false} allowClear />;
  if (!canChoosePath()) return input;
  return (
    <Space.Compact style={{ width: '100%' }}>
      {input}
      <Button
        icon={<FolderOpenOutlined aria-hidden />}
        onClick={() => {
          void choosePath(kind).then((path) => path && onChange(path));
        }}
      >
        {kind === 'folder' ? t('backup.now.choose') : t('backup.other.choose')}
      </Button>
    </Space.Compact>
  );
}
