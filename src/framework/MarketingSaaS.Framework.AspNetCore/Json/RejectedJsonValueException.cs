using System.Text.Json;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.AspNetCore.Json;

/// <summary>
/// Thrown by the host's JSON converters for a value they refuse; System.Text.Json adds the value's path and
/// <see cref="ExceptionHandling.MarketingExceptionHandler"/> answers 400 with <see cref="Error"/> on that field.
/// </summary>
public sealed class RejectedJsonValueException(FieldError error) : JsonException(error.Code)
{
    public FieldError Error { get; } = error;
}
