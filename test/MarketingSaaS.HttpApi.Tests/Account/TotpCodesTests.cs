using System.Text;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>The test helper itself, against RFC 6238's SHA-1 test vectors and RFC 4648's base32.</summary>
public sealed class TotpCodesTests
{
    [Theory]
    [InlineData(59L, "94287082")]
    [InlineData(1111111109L, "07081804")]
    [InlineData(2000000000L, "69279037")]
    public void Computes_the_rfc_6238_test_vectors(long unixSeconds, string expected)
    {
        var key = Encoding.ASCII.GetBytes("12345678901234567890");

        TotpCodes.Compute(key, unixSeconds / 30, 8).ShouldBe(expected);
    }

    [Fact]
    public void Decodes_base32()
    {
        TotpCodes.Base32Decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ").ShouldBe(Encoding.ASCII.GetBytes("12345678901234567890"));
        TotpCodes.Base32Decode("mzxw6ytb oi======").ShouldBe(Encoding.ASCII.GetBytes("foobar"));
    }
}
