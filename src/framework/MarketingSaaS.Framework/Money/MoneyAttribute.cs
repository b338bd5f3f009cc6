using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Framework.Money;

/// <summary>
/// A money amount (<c>decimal</c> or <c>decimal?</c>) held to <see cref="MoneyAmounts"/>: at most 18 significant
/// digits and the minor units of the currency named by the sibling property <paramref name="currencyProperty"/>
/// (without one: the storage scale, two decimals; the domain service that knows the currency checks it again).
/// The endpoint pipeline reports <see cref="ErrorFor"/> as the field error (400).
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MoneyAttribute(string? currencyProperty = null) : ValidationAttribute, IFieldErrorAttribute
{
    private static readonly ConcurrentDictionary<(Type, string), PropertyInfo?> CurrencyProperties = new();

    public string? CurrencyProperty { get; } = currencyProperty;

    public FieldError ErrorFor(object? value, ValidationContext context) =>
        value is decimal amount ? MoneyAmounts.Check(amount, CurrencyOf(context)) ?? MoneyAmounts.DigitsError : new FieldError("Framework:InvalidFormat");

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is null || (value is decimal amount && MoneyAmounts.Check(amount, CurrencyOf(validationContext)) is null)
            ? ValidationResult.Success
            : new ValidationResult(MoneyAmounts.TooManyDecimals);

    private string? CurrencyOf(ValidationContext context)
    {
        if (CurrencyProperty is null)
        {
            return null;
        }

        var property = CurrencyProperties.GetOrAdd((context.ObjectType, CurrencyProperty), key => key.Item1.GetProperty(key.Item2));
        return property?.GetValue(context.ObjectInstance) as string;
    }
}
