namespace MarketingSaaS.Framework.ExceptionHandling;

/// <summary>
/// A broken business rule: answered 422 with the localized text whose key is <see cref="Code"/>;
/// <see cref="Data"/> fills its {placeholders}.
/// </summary>
public class BusinessException : Exception
{
    public BusinessException(string code, IReadOnlyDictionary<string, object?>? data = null, int statusCode = 422)
        : base(code)
    {
        Code = code;
        Details = data ?? new Dictionary<string, object?>();
        StatusCode = statusCode;
    }

    public string Code { get; }

    public IReadOnlyDictionary<string, object?> Details { get; }

    public int StatusCode { get; }

    public BusinessException With(string name, object? value) =>
        new(Code, new Dictionary<string, object?>(Details) { [name] = value }, StatusCode);
}
