import type { ThemeConfig } from 'antd';

export const BRAND = '#1f4e79';

/** Calm administrative look: deep navy accents on light grey, system sans-serif (renders Vietnamese marks well). */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND,
    colorLink: '#1d5c99',
    // antd derives a grey from the navy for selected rows, days and options; a light blue reads better.
    colorPrimaryBg: '#e6eef6',
    colorPrimaryBgHover: '#d6e3ef',
    borderRadius: 6,
    colorBgLayout: '#f2f4f7',
    fontFamily: '"Segoe UI", "Noto Sans", Roboto, "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: BRAND, headerHeight: 60, headerPadding: '0 24px', siderBg: '#ffffff', triggerBg: '#f5f7fa', triggerColor: BRAND },
    Menu: { itemSelectedBg: '#e6eef6', itemSelectedColor: BRAND, itemHeight: 44 },
    Table: { headerBg: '#f5f7fa' },
  },
};
