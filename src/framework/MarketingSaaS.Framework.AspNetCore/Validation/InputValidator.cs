using System.Collections;
using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.AspNetCore.Validation;

/// <summary>
/// Checks a DTO's data annotations, and those of the DTOs in its properties and lists, recursively; failures
/// become a 400 whose field errors are localized codes with their limits (e.g. "Framework:Length" with min
/// and max), keyed by path ("rules[0].stages[1].approvers", "valueCanvas.whyCome"). A missing list or a null
/// list element is an error unless the property is declared nullable; a missing DTO property is not.
/// The endpoint pipeline runs it (<see cref="InputValidationEndpointFilter"/>); an endpoint that builds a DTO
/// itself validates it here. Application services never do: they do not reference this project.
/// </summary>
public static class InputValidator
{
    private static readonly ConcurrentDictionary<Type, PropertyRule[]> Rules = new();

    public static void Validate(object input)
    {
        var errors = new Dictionary<string, FieldError[]>();
        Collect(input, errors);
        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }

    /// <summary><paramref name="input"/>, once <see cref="Validate"/> found nothing wrong with it.</summary>
    public static T Validated<T>(T input)
        where T : class
    {
        Validate(input);
        return input;
    }

    /// <summary>Whether values of <paramref name="type"/> are DTOs with anything to check.</summary>
    public static bool HasRules(Type type) => IsDto(type) && Rules.GetOrAdd(type, Describe).Length > 0;

    internal static void Collect(object input, Dictionary<string, FieldError[]> errors) => Validate(input, "", errors);

    private static void Validate(object input, string prefix, Dictionary<string, FieldError[]> errors)
    {
        foreach (var rule in Rules.GetOrAdd(input.GetType(), Describe))
        {
            var value = rule.Property.GetValue(input);
            var field = prefix + char.ToLowerInvariant(rule.Property.Name[0]) + rule.Property.Name[1..];
            var context = new ValidationContext(input) { MemberName = rule.Property.Name };
            var failed = rule.Attributes.FirstOrDefault(a => a.GetValidationResult(value, context) != ValidationResult.Success);
            if (failed is not null)
            {
                errors[field] = [failed is IFieldErrorAttribute own ? own.ErrorFor(value, context) : ToError(failed)];
            }
            else if (rule.IsList && value is null && !rule.IsNullable)
            {
                errors[field] = [new FieldError("Framework:Required")];
            }
            else if (rule.IsList && value is IEnumerable items)
            {
                ValidateItems(items, field, errors);
            }
            else if (rule.IsDto && value is not null)
            {
                Validate(value, field + ".", errors);
            }
        }
    }

    private static void ValidateItems(IEnumerable items, string field, Dictionary<string, FieldError[]> errors)
    {
        var index = 0;
        foreach (var item in items)
        {
            var path = $"{field}[{index++}]";
            if (item is null)
            {
                errors[path] = [new FieldError("Framework:Required")];
            }
            else if (IsDto(item.GetType()))
            {
                Validate(item, path + ".", errors);
            }
        }
    }

    private static PropertyRule[] Describe(Type type)
    {
        var nullability = new NullabilityInfoContext();
        return [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => new PropertyRule(
                p,
                [.. p.GetCustomAttributes<ValidationAttribute>(inherit: true).OrderBy(a => a is RequiredAttribute ? 0 : 1)],
                p.PropertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(p.PropertyType),
                nullability.Create(p).ReadState == NullabilityState.Nullable,
                IsDto(p.PropertyType) && !typeof(IEnumerable).IsAssignableFrom(p.PropertyType)))
            .Where(r => r.Attributes.Length > 0 || r.IsList || r.IsDto)];
    }

    private static bool IsDto(Type type) => type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("MarketingSaaS", StringComparison.Ordinal) == true;

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

    private sealed record PropertyRule(PropertyInfo Property, ValidationAttribute[] Attributes, bool IsList, bool IsNullable, bool IsDto);
}
