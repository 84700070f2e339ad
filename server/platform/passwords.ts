import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) with OWASP's recommended cost: 19 MiB, 2 passes.
const options = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never signs anyone in
  }
}

let dummy: Promise<string> | undefined;
/** Spend the time of a real verification when the account does not exist (no user enumeration by timing). */
export async function burnVerification(password: string): Promise<void> {
  dummy ??= hashPassword('korsa-timing-equaliser');
  await verifyPassword(await dummy, password);
}
