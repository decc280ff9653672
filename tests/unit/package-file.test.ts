import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fingerprint, PACKAGE_FORMAT, readPackage, writePackage, type PackageHeader } from '../../electron/services/exchange/package-file';

const device = generateKeyPairSync('ed25519');
const stranger = generateKeyPairSync('ed25519');
const pem = (k: typeof device) => k.publicKey.export({ type: 'spki', format: 'pem' }).toString();
const teamKey = randomBytes(32);
const header: PackageHeader = {
  format: 1,
  kind: 'changes',
  teamId: 'team-1',
  teamName: 'Đoàn kiểm tra liên ngành',
  sender: { deviceId: 'dev-a', fingerprint: fingerprint(pem(device)), label: 'Máy chị Hoa', officialName: 'Nguyễn Thị Hoa' },
  createdAt: '2026-11-23T08:00:00.000Z',
  hlcFrom: null,
  hlcTo: null,
  counts: { minors: 2 },
};
const payload = Buffer.from('{"hlc":"x","field":"fullName","newValue":"\\"Lò Văn Bảy\\""}\n');
const file = writePackage(header, payload, teamKey, device.privateKey);

const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return (error as Error).message;
  }
  return 'accepted';
};

describe('team package file', () => {
  it('round-trips: header readable, payload only with the sender key and the team key', () => {
    const opened = readPackage(file);
    expect(opened.header).toEqual(header);
    expect(opened.open(pem(device), teamKey).equals(payload)).toBe(true);
    expect(file.includes(Buffer.from('Lò Văn Bảy'))).toBe(false);
  });

  it('refuses the package whole when any one byte is flipped', () => {
    for (let i = 0; i < file.length; i += Math.max(1, Math.floor(file.length / 97))) {
      const bad = Buffer.from(file);
      bad[i] = bad[i]! ^ 0x01;
      expect(refusal(() => readPackage(bad).open(pem(device), teamKey)), `byte ${i}`).not.toBe('accepted');
    }
  });

  it('says why in Vietnamese: truncated, not a package, newer format, stranger, other team', () => {
    expect(refusal(() => readPackage(file.subarray(0, file.length - 10)).open(pem(device), teamKey))).toMatch(/thay đổi|cắt ngắn/);
    expect(refusal(() => readPackage(file.subarray(0, 20)))).toMatch(/cắt ngắn|hỏng/);
    expect(refusal(() => readPackage(Buffer.from('PK\u0003\u0004 not a package at all')))).toContain('không phải gói');
    const newer = Buffer.from(file);
    newer[4] = PACKAGE_FORMAT + 1;
    expect(refusal(() => readPackage(newer))).toContain('phiên bản ứng dụng mới hơn');
    expect(refusal(() => readPackage(file).open(pem(stranger), teamKey))).toContain('không do máy đã đăng ký');
    expect(refusal(() => readPackage(file).open(pem(device), randomBytes(32)))).toContain('không thuộc đoàn này');
  });
});
