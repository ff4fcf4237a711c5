import { hash, verify } from '@node-rs/argon2';

/**
 * Passwords are hashed with argon2id (@node-rs/argon2: maintained, prebuilt, no compiler needed) at
 * the library's defaults (19 MiB, 2 passes), which follow OWASP's recommendation.
 */
export const hashPassword = (password: string): Promise<string> => hash(password);

/** Verified against when the username is unknown, so a wrong username costs the same time as a wrong password. */
export const DECOY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$IVCVhcV5n10xRhDsVAE79A$zXXRWDjizSZadv90o/889Pz41HN3jjuP4nTHMui64PA';

let checkedPasswords = 0;

/** How many passwords this process has verified against a real account's hash (not the decoy): what a guesser got to try. */
export const passwordsChecked = (): number => checkedPasswords;

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> => {
  if (passwordHash !== DECOY_HASH) checkedPasswords++;
  return verify(passwordHash, password).catch(() => false);
};

export const MIN_PASSWORD_LENGTH = 10;
