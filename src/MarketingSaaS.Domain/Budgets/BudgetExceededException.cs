using System.Globalization;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Budgets;

/// <summary>422 Budgets:BudgetExceeded, telling how much remains.</summary>
public sealed class BudgetExceededException(decimal remaining, string currency) : BusinessException(
    BudgetErrorCodes.BudgetExceeded,
    new Dictionary<string, object?>
    {
        ["remaining"] = remaining.ToString("#,##0.00", CultureInfo.InvariantCulture),
        ["currency"] = currency,
    });
