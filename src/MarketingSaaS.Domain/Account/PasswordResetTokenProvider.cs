using System.Security.Cryptography;
using MarketingSaaS.Identity;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace MarketingSaaS.Account;

/// <summary>
/// Password-reset tokens: the creation time (from the injected clock), user id, tenant id, purpose and security stamp,
/// protected with Data Protection and Base64Url-encoded. Valid for <see cref="AccountConsts.PasswordResetTokenLifetime"/>
/// and only while the security stamp is unchanged, so a reset (which renews the stamp) uses it up. Identity's own
/// DataProtectorTokenProvider reads the wall clock, which tests cannot move.
/// </summary>
public sealed class PasswordResetTokenProvider(IDataProtectionProvider dataProtection, TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    private readonly IDataProtector _protector = dataProtection.CreateProtector("MarketingSaaS.PasswordReset.v1");

    public async Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user)
    {
        using var buffer = new MemoryStream();
        await using (var writer = new BinaryWriter(buffer))
        {
            writer.Write(clock.GetUtcNow().UtcTicks);
            writer.Write(user.Id.ToString("N"));
            writer.Write(user.TenantId.ToString("N"));
            writer.Write(purpose);
            writer.Write(await manager.GetSecurityStampAsync(user));
        }

        return WebEncoders.Base64UrlEncode(_protector.Protect(buffer.ToArray()));
    }

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        byte[] data;
        try
        {
            data = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return false;
        }

        using var reader = new BinaryReader(new MemoryStream(data));
        var created = new DateTimeOffset(reader.ReadInt64(), TimeSpan.Zero);
        var now = clock.GetUtcNow();
        return created <= now && now < created + AccountConsts.PasswordResetTokenLifetime
            && reader.ReadString() == user.Id.ToString("N")
            && reader.ReadString() == user.TenantId.ToString("N")
            && reader.ReadString() == purpose
            && reader.ReadString() == await manager.GetSecurityStampAsync(user);
    }

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(false);
}
