// What a staff password must be (NIST SP 800-63B style: long rather than complicated, no known-bad choices).
import { errors } from '../../core/errors.ts';

export const PASSWORD_MIN_LENGTH = 12;
/** Long enough for any passphrase; bounds the work of hashing what a stranger sends. */
export const PASSWORD_MAX_LENGTH = 256;

/**
 * The 20 most common passwords that pass the length rule: the first 20 entries of 12 characters or more in the
 * NCSC's list of the 100,000 passwords most seen in breaches (SecLists, 100k-most-used-passwords-NCSC.txt). The
 * most common passwords of all ("123456", "password" …) are shorter and already refused by the length rule.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'q1w2e3r4t5y6', 'pe#5gz29ptzmse', '1qaz2wsx3edc', '111222tianya', '1q2w3e4r5t6y', 'sojdlg123aljg', 'startfinding',
  'qwerty123456', '123qweasdzxc', '123456qwerty', 'n8zgt5p0shw=', 'megaparol12345', 'polniypizdec0211',
  '123456654321', 'telechargement', '123456123456', 'yfdbufnjh10305070', 'qazwsxedcrfv', '1q2w3e4r5t6y7u8i9o0p',
  'qwertyqwerty',
]);

export type PasswordProblem = 'too-short' | 'too-long' | 'same-as-email' | 'too-common';

/** Lengths count characters as a person sees them (code points), so "åäö" is three. */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  const length = [...password.normalize('NFC')].length;
  if (length < PASSWORD_MIN_LENGTH) return 'too-short';
  if (length > PASSWORD_MAX_LENGTH) return 'too-long';
  const folded = password.trim().toLowerCase();
  if (folded === email.trim().toLowerCase()) return 'same-as-email';
  if (COMMON_PASSWORDS.has(folded)) return 'too-common';
  return null;
}

/** `bad-request` naming the problem (details.field = "password", details.reason = the problem) for the form to show. */
export function assertGoodPassword(password: string, email: string): void {
  const problem = passwordProblem(password, email);
  if (problem) {
    throw errors.badRequest(`The password is not allowed: ${problem} (${PASSWORD_MIN_LENGTH}–${PASSWORD_MAX_LENGTH} characters, not the e-mail, not a common password)`,
      { field: 'password', reason: problem });
  }
}
