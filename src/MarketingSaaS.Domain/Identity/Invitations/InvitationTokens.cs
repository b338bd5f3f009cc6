using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace MarketingSaaS.Identity.Invitations;

/// <summary>256 random bits, Base64Url-encoded in the link; the database keeps only the SHA-256 hash.</summary>
public static class InvitationTokens
{
    public static string Create() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
