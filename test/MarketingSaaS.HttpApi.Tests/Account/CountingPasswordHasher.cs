using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>Identity's hasher, counting verifications: proof that a sign-in path did the expensive work.</summary>
public sealed class CountingPasswordHasher<TUser>(PasswordVerifications counter, Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> options) : IPasswordHasher<TUser>
    where TUser : class
{
    private readonly PasswordHasher<TUser> _inner = new(options);

    public string HashPassword(TUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(TUser user, string hashedPassword, string providedPassword)
    {
        counter.Increment();
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}

public sealed class PasswordVerifications
{
    private int _count;

    public int Count => _count;

    public void Increment() => Interlocked.Increment(ref _count);

    public static void Register<TUser>(IServiceCollection services)
        where TUser : class
    {
        services.TryAddSingleton<PasswordVerifications>();
        services.Replace(ServiceDescriptor.Scoped<IPasswordHasher<TUser>, CountingPasswordHasher<TUser>>());
    }
}
