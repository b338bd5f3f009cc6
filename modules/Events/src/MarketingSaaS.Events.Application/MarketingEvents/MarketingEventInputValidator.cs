using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Validation;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>The platform's InputValidator, plus the nested value canvas (reported as "valueCanvas.whyCome"...).</summary>
internal static class MarketingEventInputValidator
{
    public static void Validate(CreateMarketingEventDto input)
    {
        var errors = new Dictionary<string, FieldError[]>();
        Collect(() => InputValidator.Validate(input), "", errors);
        if (input.ValueCanvas is { } canvas)
        {
            Collect(() => InputValidator.Validate(canvas), "valueCanvas.", errors);
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }

    private static void Collect(Action validate, string prefix, Dictionary<string, FieldError[]> errors)
    {
        try
        {
            validate();
        }
        catch (FieldValidationException e)
        {
            foreach (var (field, fieldErrors) in e.Errors)
            {
                errors[prefix + field] = fieldErrors;
            }
        }
    }
}
