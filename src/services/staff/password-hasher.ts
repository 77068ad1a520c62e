// Password hashing behind a small port: argon2id with OWASP's parameters in production, cheap parameters in tests
// (the same algorithm, so tests exercise the real code path at a fraction of the cost). Passwords are hashed in Unicode
// NFC, so "å" typed as one character (Windows) or as "a" + ring (macOS) is the same password.
import { createRequire } from 'node:module';

type Argon2 = typeof import('argon2');
let argon2Module: Argon2 | null = null;

/** The native argon2 package, loaded at the first hash or check: ~25 ms that commands without logins never pay. */
function argon2(): Argon2 {
  return (argon2Module ??= createRequire(import.meta.url)('argon2') as Argon2);
}

export interface PasswordHasher {
  /** A PHC string ("$argon2id$v=19$m=…"), salted afresh each time. */
  hash(password: string): Promise<string>;
  /** False for a wrong password and for a hash this hasher cannot read; never throws for either. */
  verify(hash: string, password: string): Promise<boolean>;
  /** True when the hash was made with other parameters than the current ones (rehashed at the next login). */
  needsRehash(hash: string): boolean;
}

export interface Argon2Parameters {
  /** KiB. */
  readonly memoryCost: number;
  readonly timeCost: number;
  readonly parallelism: number;
}

/** OWASP Password Storage Cheat Sheet: argon2id, 19 MiB, 2 iterations, 1 lane (about 30 ms here). */
export const OWASP_ARGON2: Argon2Parameters = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export class Argon2PasswordHasher implements PasswordHasher {
  constructor(private readonly parameters: Argon2Parameters = OWASP_ARGON2) {}

  hash(password: string): Promise<string> {
    return argon2().hash(password.normalize('NFC'), { type: argon2().argon2id, ...this.parameters });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2().verify(hash, password.normalize('NFC'));
    } catch {
      return false;
    }
  }

  needsRehash(hash: string): boolean {
    return !hash.startsWith('$argon2id$') || argon2().needsRehash(hash, this.parameters);
  }
}
