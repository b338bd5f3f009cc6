using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Money;

namespace MarketingSaaS.Framework.AspNetCore.Json;

/// <summary>
/// Reads a <c>decimal</c> from its JSON text and refuses one with more than <see cref="MoneyAmounts.MaxSignificantDigits"/>
/// significant digits before it is parsed: <c>decimal</c> keeps only 28-29 digits, so 49999.9999999999999999999999999
/// would silently become 50000 and no validation after it could tell. Numbers in strings are read as the web defaults
/// allow. Written as System.Text.Json writes it.
/// </summary>
public sealed class SignificantDigitsDecimalConverter : JsonConverter<decimal>
{
    public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType is not (JsonTokenType.Number or JsonTokenType.String))
        {
            throw new RejectedJsonValueException(new FieldError("Framework:InvalidFormat"));
        }

        var text = reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray()) : Encoding.UTF8.GetString(reader.ValueSpan);
        if (reader.TokenType == JsonTokenType.String && (options.NumberHandling & JsonNumberHandling.AllowReadingFromString) == 0)
        {
            throw new RejectedJsonValueException(new FieldError("Framework:InvalidFormat"));
        }

        if (JsonNumberDigits.Significant(text) is not { } digits)
        {
            throw new RejectedJsonValueException(new FieldError("Framework:InvalidFormat"));
        }

        if (digits > MoneyAmounts.MaxSignificantDigits)
        {
            throw new RejectedJsonValueException(MoneyAmounts.DigitsError);
        }

        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RejectedJsonValueException(new FieldError("Framework:InvalidFormat"));
    }

    public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
