using System.Buffers;
using System.Text;
using System.Text.Json;
using MarketingSaaS.Framework.AspNetCore.Json;
using MarketingSaaS.Framework.Money;
using Shouldly;
using Xunit;

namespace MarketingSaaS.Framework.Tests.Json;

/// <summary>
/// The decimal converter counts significant digits on the reader's UTF-8 bytes, whether the value lies in one buffer or
/// is split over several (<see cref="Utf8JsonReader.HasValueSequence"/>): same values, same refusals.
/// </summary>
public sealed class SignificantDigitsDecimalConverterTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly JsonSerializerOptions Strict = new();

    [Theory]
    [InlineData("12.5", "12.5")]
    [InlineData("-0.001", "-0.001")]
    [InlineData("1e2", "100")]
    [InlineData("1.5E-3", "0.0015")]
    [InlineData("0", "0")]
    [InlineData("0.000", "0")]
    [InlineData("123456789012345678", "123456789012345678")]
    [InlineData("\"49999.99\"", "49999.99")]
    [InlineData("\" 7.25 \"", "7.25")]
    [InlineData("\"1.\"", "1")]
    [InlineData("\".5\"", "0.5")]
    public void Reads_a_number_in_one_buffer_and_split_over_several(string json, string expected)
    {
        var value = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);

        Read(json, segmentSize: null, Web).ShouldBe(value);
        Read(json, segmentSize: 1, Web).ShouldBe(value);
        Read(json, segmentSize: 3, Web).ShouldBe(value);
    }

    [Theory]
    [InlineData("49999.9999999999999999999999999")]
    [InlineData("\"49999.9999999999999999999999999\"")]
    [InlineData("1234567890123456789")]
    [InlineData("1e20")]
    [InlineData("0.0000000000000000001234567890123456789")]
    public void Refuses_more_than_the_significant_digits_money_allows(string json)
    {
        foreach (var segmentSize in new int?[] { null, 1, 4 })
        {
            Refusal(json, segmentSize, Web).ShouldBe(MoneyAmounts.DigitsError.Code);
        }
    }

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"1e\"")]
    [InlineData("\"1e99999\"")]
    [InlineData("\"--1\"")]
    [InlineData("\"1.2.3\"")]
    [InlineData("\"\"")]
    [InlineData("\"\\u0031\"")]
    [InlineData("true")]
    public void Refuses_what_is_not_a_number(string json)
    {
        foreach (var segmentSize in new int?[] { null, 1 })
        {
            Refusal(json, segmentSize, Web).ShouldBe("Framework:InvalidFormat");
        }
    }

    [Fact]
    public void Refuses_a_number_in_a_string_when_the_options_do_not_allow_it()
    {
        Refusal("\"12.5\"", null, Strict).ShouldBe("Framework:InvalidFormat");
        Read("12.5", null, Strict).ShouldBe(12.5m);
    }

    [Fact]
    public void Reads_a_long_value_split_over_several_buffers_beyond_the_stack_copy()
    {
        var json = "1." + new string('0', 300);

        Read(json, segmentSize: 7, Web).ShouldBe(1m);
        Refusal("1" + new string('0', 300), segmentSize: 7, Web).ShouldBe(MoneyAmounts.DigitsError.Code);
    }

    private static string Refusal(string json, int? segmentSize, JsonSerializerOptions options) =>
        Should.Throw<RejectedJsonValueException>(() => Read(json, segmentSize, options)).Error.Code;

    private static decimal Read(string json, int? segmentSize, JsonSerializerOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = segmentSize is { } size ? new Utf8JsonReader(Segments(bytes, size)) : new Utf8JsonReader(bytes);
        reader.Read().ShouldBeTrue();
        if (segmentSize is { } split && reader.TokenType is JsonTokenType.Number or JsonTokenType.String && bytes.Length > split + 2)
        {
            reader.HasValueSequence.ShouldBeTrue();
        }

        return new SignificantDigitsDecimalConverter().Read(ref reader, typeof(decimal), options);
    }

    private static ReadOnlySequence<byte> Segments(byte[] bytes, int size)
    {
        var first = new Segment(bytes.AsMemory(0, Math.Min(size, bytes.Length)), 0);
        var last = first;
        for (var start = size; start < bytes.Length; start += size)
        {
            last = last.Append(bytes.AsMemory(start, Math.Min(size, bytes.Length - start)));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
