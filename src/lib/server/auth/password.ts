// Passwords are kept only as scrypt hashes (node:crypto) with a salt of their own; the parameters
// travel with the hash, so they can be raised later without locking anyone out.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

export const MIN_PASSWORD_LENGTH = 10;

/** "scrypt$N$r$p$salt$hash", salt and hash in base64. */
export function hashPassword(password: string): string {
	const salt = randomBytes(16);
	const hash = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { N, r: R, p: P });
	return ['scrypt', N, R, P, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
	const [algorithm, n, r, p, salt, hash] = stored.split('$');
	if (algorithm !== 'scrypt' || !salt || !hash) return false;
	const expected = Buffer.from(hash, 'base64');
	const actual = scryptSync(
		password.normalize('NFC'),
		Buffer.from(salt, 'base64'),
		expected.length,
		{
			N: Number(n),
			r: Number(r),
			p: Number(p)
		}
	);
	return timingSafeEqual(actual, expected);
}

/** Why a new password is refused, in Dutch; null when it will do. */
export function passwordProblem(password: string): string | null {
	if (password.length < MIN_PASSWORD_LENGTH)
		return `Het wachtwoord moet minstens ${MIN_PASSWORD_LENGTH} tekens lang zijn.`;
	return null;
}
