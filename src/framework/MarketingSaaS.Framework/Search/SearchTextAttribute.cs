using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.Search;

/// <summary>
/// What a user may search for: 2 to 100 characters once trimmed, or one Chinese character (李 is a whole surname).
/// The endpoint pipeline reports <see cref="ErrorFor"/> as the field error (400).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SearchTextAttribute : ValidationAttribute, IFieldErrorAttribute
{
    public const int MinimumLength = 2;

    public const int MaximumLength = 100;

    public static bool IsValidText(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length is >= MinimumLength and <= MaximumLength || (trimmed.Length == 1 && IsHan(trimmed[0]));
    }

    public FieldError ErrorFor(object? value, ValidationContext context) =>
        new("Framework:Length", new Dictionary<string, object?> { ["min"] = MinimumLength, ["max"] = MaximumLength });

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is null || (value is string text && IsValidText(text)) ? ValidationResult.Success : new ValidationResult("Search text length");

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9fff' or >= '\uf900' and <= '\ufaff';
}
