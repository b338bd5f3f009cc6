using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Framework.AspNetCore.Json;

/// <summary>
/// Reads a <c>decimal</c> from its JSON text and refuses one with more than <see cref="MoneyAmounts.MaxSignificantDigits"/>
/// significant digits before it is parsed: <c>decimal</c> keeps only 28-29 digits, so 49999.9999999999999999999999999
/// would silently become 50000 and no validation after it could tell. Numbers in strings are read as the web defaults
/// allow. Counted and parsed on the reader's UTF-8 bytes (no string per number). Written as System.Text.Json writes it.
/// </summary>
public sealed class SignificantDigitsDecimalConverter : JsonConverter<decimal>
{
    /// <summary>A value split over several buffers up to this length is copied to the stack, a longer one to a pooled array.</summary>
    private const int StackCopyLimit = 128;

    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is not (JsonTokenType.Number or JsonTokenType.String)
            || (reader.TokenType == JsonTokenType.String && (options.NumberHandling & JsonNumberHandling.AllowReadingFromString) == 0))
        {
            throw new RejectedJsonValueException(new FieldError("Framework:InvalidFormat"));
        }

        if (!reader.HasValueSequence)
        {
            return Parse(reader.ValueSpan);
        }

        var length = reader.ValueSequence.Length;
        if (length > int.MaxValue)
        {
            throw new RejectedJsonValueException(new FieldError("Framework:InvalidFormat"));
        }

        byte[]? rented = null;
        Span<byte> buffer = length <= StackCopyLimit ? stackalloc byte[StackCopyLimit] : (rented = ArrayPool<byte>.Shared.Rent((int)length));
        try
        {
            reader.ValueSequence.CopyTo(buffer);
            return Parse(buffer[..(int)length]);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Counts on the UTF-8 text, then parses it as before (<see cref="NumberStyles.Float"/>, invariant culture).</summary>
    private static decimal Parse(ReadOnlySpan<byte> utf8)
    {
        if (JsonNumberDigits.Significant(utf8) is not { } digits)
        {
            throw new RejectedJsonValueException(new FieldError("Framework:InvalidFormat"));
        }

        if (digits > MoneyAmounts.MaxSignificantDigits)
        {
            throw new RejectedJsonValueException(MoneyAmounts.DigitsError);
        }

        return decimal.TryParse(utf8, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RejectedJsonValueException(new FieldError("Framework:InvalidFormat"));
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
