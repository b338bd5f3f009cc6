import { UserDto } from '../../api/models/user-dto';

/**
 * The users a "find a person" text keeps: those whose display name, stored name, user name or e-mail contains it, in
 * any case (as the global search's people provider matches; its links open this page with `?q=<user name>`).
 * A blank text keeps everyone.
 */
export function filterUsers(users: readonly UserDto[], query: string, displayName: (user: UserDto) => string): UserDto[] {
  const text = query.trim().toLocaleLowerCase();
  if (!text) return [...users];
  return users.filter((user) =>
    [displayName(user), user.name, user.userName, user.email].some((value) => !!value && value.toLocaleLowerCase().includes(text)),
  );
}
