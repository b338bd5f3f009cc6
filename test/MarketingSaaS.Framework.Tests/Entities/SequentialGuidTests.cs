using MarketingSaaS.Framework.Domain.Entities;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Entities;

public sealed class SequentialGuidTests
{
    [Fact]
    public void Keys_made_in_a_burst_sort_in_creation_order_as_guids_strings_and_big_endian_bytes()
    {
        var keys = Enumerable.Range(0, 20_000).Select(_ => SequentialGuid.Create()).ToList();

        keys.Distinct().Count().ShouldBe(keys.Count);
        keys.ShouldBe(keys.OrderBy(k => k.ToString(), StringComparer.Ordinal).ToList());
        keys.ShouldBe(keys.OrderBy(k => Convert.ToHexString(k.ToByteArray(bigEndian: true)), StringComparer.Ordinal).ToList());
        keys.ShouldBe(keys.OrderBy(k => k).ToList());
    }

    [Fact]
    public void Keys_stay_version_7_with_the_rfc_variant_and_the_current_time()
    {
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var keys = Enumerable.Range(0, 1_000).Select(_ => SequentialGuid.Create()).ToList();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

        foreach (var key in keys)
        {
            key.Version.ShouldBe(7);
            (key.Variant & 0b1100).ShouldBe(0b1000);
            var bytes = key.ToByteArray(bigEndian: true);
            var millis = ((long)bytes[0] << 40) | ((long)bytes[1] << 32) | ((long)bytes[2] << 24) | ((long)bytes[3] << 16) | ((long)bytes[4] << 8) | bytes[5];
            millis.ShouldBeInRange(before, after);
        }
    }
}
