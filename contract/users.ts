import { z } from 'zod';
import { Id, Locale, PageQuery, Role, nonEmptyPatch, pageOf, text } from './common';

export const User = z.object({
  id: Id,
  email: text(),
  name: text(),
  role: Role,
  locale: Locale,
  salesGroupId: Id.nullable(),
  marketId: Id.nullable(),
  active: z.boolean(),
  createdAt: z.iso.datetime(),
});
export type User = z.infer<typeof User>;

export const Email = z
  .email()
  .max(254)
  .transform((e) => e.toLowerCase());
export const Password = text().min(10, 'A password needs at least 10 characters').max(200, 'A password can have at most 200 characters');

export const CreateUser = z.object({
  email: Email,
  name: text().trim().min(1).max(120),
  password: Password,
  role: Role,
  locale: Locale.default('en'),
  salesGroupId: Id.nullable(),
  marketId: Id.nullable(),
});
export type CreateUser = z.infer<typeof CreateUser>;

export const UpdateUser = nonEmptyPatch(
  z
    .object({
      name: text().trim().min(1).max(120),
      role: Role,
      locale: Locale,
      salesGroupId: Id.nullable(),
      marketId: Id.nullable(),
      active: z.boolean(),
      password: Password,
    })
    .partial(),
);
export type UpdateUser = z.infer<typeof UpdateUser>;

export const UserListQuery = PageQuery.extend({
  q: text().trim().max(100).optional(),
  role: Role.optional(),
  salesGroupId: Id.optional(),
  marketId: Id.optional(),
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
});
export type UserListQuery = z.infer<typeof UserListQuery>;

export const UserPage = pageOf(User);
