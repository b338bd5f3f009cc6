using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Validation;

/// <summary>
/// Checks a DTO's data annotations; failures become a 400 whose field errors are localized codes
/// with their limits (e.g. "Framework:Length" with min and max).
/// </summary>
public static class InputValidator
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, ValidationAttribute[] Attributes)[]> Rules = new();

    public static void Validate(object input)
    {
        var errors = new Dictionary<string, FieldError[]>();
        foreach (var (property, attributes) in Rules.GetOrAdd(input.GetType(), Describe))
        {
            var value = property.GetValue(input);
            var context = new ValidationContext(input) { MemberName = property.Name };
            var failed = attributes.FirstOrDefault(a => a.GetValidationResult(value, context) != ValidationResult.Success);
            if (failed is not null)
            {
                errors[char.ToLowerInvariant(property.Name[0]) + property.Name[1..]] = [ToError(failed)];
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }

    private static (PropertyInfo, ValidationAttribute[])[] Describe(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (p, p.GetCustomAttributes<ValidationAttribute>(inherit: true).OrderBy(a => a is RequiredAttribute ? 0 : 1).ToArray()))
            .Where(r => r.Item2.Length > 0)];

    private static FieldError ToError(ValidationAttribute attribute) => attribute switch
    {
        RequiredAttribute => new FieldError("Framework:Required"),
        StringLengthAttribute s => new FieldError("Framework:Length", Limits(s.MinimumLength, s.MaximumLength)),
        MaxLengthAttribute m => new FieldError("Framework:Length", Limits(0, m.Length)),
        MinLengthAttribute m => new FieldError("Framework:Length", Limits(m.Length, "∞")),
        RangeAttribute r => new FieldError("Framework:OutOfRange", Limits(r.Minimum, r.Maximum)),
        _ => new FieldError("Framework:InvalidFormat"),
    };

    private static Dictionary<string, object?> Limits(object min, object max) => new() { ["min"] = min, ["max"] = max };
}
