using System.Globalization;
using MarketingSaaS.Framework.ExceptionHandling;

namespace MarketingSaaS.Budgets;

/// <summary>
/// 422 Budgets:ExpenseNeedsApproval: under the ExtraApproval policy an expense beyond the remaining amount is not
/// recorded; it goes through an approval (<see cref="ExpenseOverrunApprovals"/>) and is recorded against the
/// commitment the approval makes.
/// </summary>
public sealed class ExpenseNeedsApprovalException(decimal remaining, string currency) : BusinessException(
    BudgetErrorCodes.ExpenseNeedsApproval,
    new Dictionary<string, object?>
    {
        ["remaining"] = remaining.ToString("#,##0.00", CultureInfo.InvariantCulture),
        ["currency"] = currency,
    });
