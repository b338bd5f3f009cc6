using System.Text.Json;
using System.Text.Json.Serialization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.AspNetCore.Json;

/// <summary>
/// Accepts a date-time with any offset and hands it on in UTC (PostgreSQL stores only offset 0); refuses one
/// outside <see cref="BusinessDateRange"/>.
/// </summary>
public sealed class UtcDateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTimeOffset(out var value))
        {
            throw new RejectedJsonValueException(new FieldError("Framework:InvalidFormat"));
        }

        return BusinessDateRange.Contains(DateOnly.FromDateTime(value.UtcDateTime))
            ? value.ToUniversalTime()
            : throw new RejectedJsonValueException(BusinessDateRange.Error);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
