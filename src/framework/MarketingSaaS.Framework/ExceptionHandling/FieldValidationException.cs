namespace MarketingSaaS.Framework.ExceptionHandling;

/// <summary>Invalid input: answered 400 with the localized errors of each field.</summary>
public sealed class FieldValidationException(IReadOnlyDictionary<string, FieldError[]> errors)
    : Exception("One or more fields are invalid: " + string.Join(", ", errors.Keys))
{
    public FieldValidationException(string field, string errorCode)
        : this(new Dictionary<string, FieldError[]> { [field] = [new FieldError(errorCode)] })
    {
    }

    public IReadOnlyDictionary<string, FieldError[]> Errors { get; } = errors;
}
