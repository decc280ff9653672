import { createCipheriv, createDecipheriv, createHash, createPublicKey, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { CommandError } from '../../../shared/errors';

/**
 * A team package (`.ldtx`, design/exchange.md §5): a small plaintext header, the payload
 * encrypted with the team key (AES-256-GCM, the header as associated data), and an Ed25519
 * signature by the sending device over everything before it. Without the team key it is
 * noise; altered by one byte, it is refused whole.
 *
 *   "LDTX" | format (1 byte) | header length (u32 BE) | header JSON | IV (12) | ciphertext | tag (16) | signature (64)
 */
/** 2: the payload may end with a zero byte and the bytes of attached files (package-files.ts). */
export const PACKAGE_FORMAT = 2;
const MAGIC = Buffer.from('LDTX');
const SIGNATURE = 64;
const TAG = 16;
const IV = 12;

/** A member of a team as the leader's packages announce it. */
export interface RosterEntry {
  deviceId: string;
  publicKey: string;
  label: string;
  officialName: string;
  /** The device's place in the team's number series (number-series.ts), given by the leader. */
  numberSlot?: number | null;
}

export interface PackageHeader {
  format: number;
  kind: 'changes' | 'join';
  teamId: string;
  teamName: string;
  /** The plan the team works on (its rows travel in the package). */
  planId?: string | null;
  sender: { deviceId: string; fingerprint: string; label: string; officialName: string };
  /** Only in a join request: the new device's key (checked by the team key, accepted by the leader). */
  senderPublicKey?: string;
  createdAt: string;
  /** The HLC range of the changes inside. */
  hlcFrom?: string | null;
  hlcTo?: string | null;
  /** Changes inside, by table, shown before the package is applied. */
  counts: Record<string, number>;
}

const refuse = (message: string): never => {
  throw new CommandError('VALIDATION', message, [{ path: ['file'], message }]);
};

/** A short fingerprint of a device's public key, read aloud or compared on screen. */
export function fingerprint(publicKeyPem: string): string {
  return createHash('sha256')
    .update(publicKeyPem)
    .digest('hex')
    .slice(0, 16)
    .toUpperCase()
    .match(/.{4}/g)!
    .join('-');
}

export function writePackage(header: PackageHeader, payload: Buffer, teamKey: Buffer, privateKey: KeyObject): Buffer {
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', teamKey, iv);
  cipher.setAAD(headerBytes);
  const body = Buffer.concat([MAGIC, Buffer.from([PACKAGE_FORMAT]), length, headerBytes, iv, cipher.update(payload), cipher.final(), cipher.getAuthTag()]);
  return Buffer.concat([body, sign(null, body, privateKey)]);
}

export interface OpenedPackage {
  header: PackageHeader;
  /** Checks the signature with the sender's registered key, then decrypts with the team key. */
  open(publicKeyPem: string, teamKey: Buffer): Buffer;
}

/** Reads the header; nothing is trusted until `open` has checked the signature and the tag. */
export function readPackage(file: Buffer): OpenedPackage {
  if (file.length < MAGIC.length + 5 || !file.subarray(0, 4).equals(MAGIC)) refuse('Tệp không phải gói trao đổi dữ liệu của ứng dụng (.ldtx)');
  const format = file[4]!;
  if (format > PACKAGE_FORMAT) refuse('Gói được tạo bởi phiên bản ứng dụng mới hơn; hãy cập nhật ứng dụng trước khi nhập');
  const headerLength = file.readUInt32BE(5);
  const headerEnd = 9 + headerLength;
  if (file.length < headerEnd + IV + TAG + SIGNATURE) refuse('Gói bị cắt ngắn hoặc hỏng; hãy chép lại gói từ máy gửi');
  let header: PackageHeader;
  try {
    header = JSON.parse(file.subarray(9, headerEnd).toString('utf8')) as PackageHeader;
  } catch {
    return refuse('Gói bị hỏng (phần đầu không đọc được); hãy chép lại gói từ máy gửi');
  }
  const signed = file.subarray(0, file.length - SIGNATURE);
  return {
    header,
    open(publicKeyPem, teamKey) {
      if (!verify(null, signed, createPublicKey(publicKeyPem), file.subarray(file.length - SIGNATURE))) {
        refuse('Gói đã bị thay đổi hoặc không do máy đã đăng ký trong đoàn gửi: không nhập');
      }
      const iv = file.subarray(headerEnd, headerEnd + IV);
      const tag = signed.subarray(signed.length - TAG);
      const decipher = createDecipheriv('aes-256-gcm', teamKey, iv);
      decipher.setAAD(file.subarray(9, headerEnd));
      decipher.setAuthTag(tag);
      try {
        return Buffer.concat([decipher.update(signed.subarray(headerEnd + IV, signed.length - TAG)), decipher.final()]);
      } catch {
        return refuse('Không giải mã được gói: gói không thuộc đoàn này hoặc đã bị thay đổi');
      }
    },
  };
}
