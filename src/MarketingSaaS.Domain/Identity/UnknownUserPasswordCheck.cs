using Microsoft.AspNetCore.Identity;

namespace MarketingSaaS.Identity;

/// <summary>
/// Sign-in for a user (or company) that does not exist still verifies the password, against a hash made once per
/// process with the same hasher and iteration count, so that it takes as long as a wrong password for a real user.
/// </summary>
public sealed class UnknownUserPasswordCheck<TUser>(Func<TUser> dummyUser)
    where TUser : class
{
    private string? _dummyHash;

    public void Verify(IPasswordHasher<TUser> hasher, string password)
    {
        var user = dummyUser();
        _dummyHash ??= hasher.HashPassword(user, Guid.NewGuid().ToString("N"));
        hasher.VerifyHashedPassword(user, _dummyHash, password);
    }
}
