using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.AspNetCore.Json;

/// <summary>Reads a date as <c>yyyy-MM-dd</c>, as System.Text.Json does, and refuses one outside <see cref="BusinessDateRange"/>.</summary>
public sealed class BusinessDateOnlyConverter : JsonConverter<DateOnly>
{
    private const string Format = "yyyy-MM-dd";

    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String
            || !DateOnly.TryParseExact(reader.GetString(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new RejectedJsonValueException(new FieldError("Framework:InvalidFormat"));
        }

        return BusinessDateRange.Contains(value) ? value : throw new RejectedJsonValueException(BusinessDateRange.Error);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString(Format, CultureInfo.InvariantCulture));
}
