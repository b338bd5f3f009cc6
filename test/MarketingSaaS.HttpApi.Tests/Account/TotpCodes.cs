using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>
/// RFC 6238 codes (HMAC-SHA1, 30-second steps, 6 digits) from a base32 shared key, as an authenticator app computes them.
/// Identity checks a code against the wall clock (its Rfc6238 check reads DateTimeOffset.UtcNow, not the injected
/// TimeProvider that the tests replace with a TestClock), so codes here come from the real current time.
/// </summary>
public static class TotpCodes
{
    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Current(string base32Key) => At(base32Key, DateTimeOffset.UtcNow);

    /// <summary>A well-formed code that is valid in no time step near now.</summary>
    public static string Wrong(string base32Key)
    {
        var near = Enumerable.Range(-4, 9).Select(i => At(base32Key, DateTimeOffset.UtcNow.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 20).Select(i => (i * 37).ToString("D6", CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    public static string At(string base32Key, DateTimeOffset time) => Compute(Base32Decode(base32Key), time.ToUnixTimeSeconds() / 30, 6);

    public static string Compute(byte[] key, long timeStep, int digits)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, timeStep);
        var hash = HMACSHA1.HashData(key, counter);
        var offset = hash[^1] & 0x0F;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset, 4)) & 0x7FFFFFFF;
        return (binary % (int)Math.Pow(10, digits)).ToString("D" + digits, CultureInfo.InvariantCulture);
    }

    public static byte[] Base32Decode(string text)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant().Where(c => c is not (' ' or '=' or '-')))
        {
            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 digit.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
