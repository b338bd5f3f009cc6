using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Events.MarketingEvents;

/// <summary>Budget lines: non-negative amounts with at most two decimals, ISO 4217 codes, one currency per event.</summary>
public static class MarketingEventBudgetRules
{
    public static void Check(IReadOnlyList<EventBudgetLineDraft> lines)
    {
        var errors = new Dictionary<string, FieldError[]>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Amount < 0 || decimal.Round(line.Amount, MarketingEventConsts.AmountScale) != line.Amount)
            {
                errors[$"budgetLines[{i}].amount"] = [new FieldError(EventsErrorCodes.InvalidAmount)];
            }

            if (line.Currency.Length != MarketingEventConsts.CurrencyLength || !line.Currency.All(char.IsAsciiLetterUpper))
            {
                errors[$"budgetLines[{i}].currency"] = [new FieldError(EventsErrorCodes.InvalidCurrency)];
            }
            else if (line.Currency != lines[0].Currency)
            {
                errors[$"budgetLines[{i}].currency"] = [new FieldError(EventsErrorCodes.BudgetCurrencyMismatch, new Dictionary<string, object?> { ["currency"] = lines[0].Currency })];
            }
        }

        if (errors.Count > 0)
        {
            throw new FieldValidationException(errors);
        }
    }
}
