namespace MarketingSaaS.Framework.ExceptionHandling;

/// <summary>One error of one field: a localization key and the values of its {placeholders}.</summary>
public sealed record FieldError(string Code, IReadOnlyDictionary<string, object?>? Data = null);
