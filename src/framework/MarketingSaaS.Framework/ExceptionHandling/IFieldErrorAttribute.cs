using System.ComponentModel.DataAnnotations;

namespace MarketingSaaS.Framework.ExceptionHandling;

/// <summary>A validation attribute that says which field error it failed with (its code and data), for the 400 answer.</summary>
public interface IFieldErrorAttribute
{
    FieldError ErrorFor(object? value, ValidationContext context);
}
