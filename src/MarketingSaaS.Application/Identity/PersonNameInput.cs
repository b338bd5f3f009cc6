using System.ComponentModel.DataAnnotations;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Identity;

/// <summary>A user form's name fields: the stored name, or family and given name that make it up.</summary>
public interface IPersonNameInput
{
    string? Name { get; }

    string? FamilyName { get; }

    string? GivenName { get; }
}

/// <summary>On <see cref="IPersonNameInput.Name"/>: required (400 <c>Framework:Required</c>) unless a family or given name is given.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NameUnlessNamePartsAttribute : ValidationAttribute, IFieldErrorAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        !string.IsNullOrWhiteSpace(value as string)
        || validationContext.ObjectInstance is IPersonNameInput input && (!string.IsNullOrWhiteSpace(input.FamilyName) || !string.IsNullOrWhiteSpace(input.GivenName))
            ? ValidationResult.Success
            : new ValidationResult("A name, or a family or given name, is required.");

    public FieldError ErrorFor(object? value, ValidationContext context) => new("Framework:Required");
}
