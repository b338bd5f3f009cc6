using System.Text.RegularExpressions;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.Domain.Repositories;
using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.Money;
using MarketingSaaS.Framework.Settings;
using MarketingSaaS.OrganizationUnits;
using MarketingSaaS.Settings;

namespace MarketingSaaS.Budgets;

/// <summary>
/// Budgets, commitments and expenses of the current company. The domain API the approval engine calls:
/// <see cref="CheckAsync"/>, <see cref="CommitAsync"/>, <see cref="ReleaseAsync"/>, <see cref="RecordExpenseAsync"/>,
/// and for corrections <see cref="ChangeExpenseAmountAsync"/> and <see cref="DeleteExpenseAsync"/>.
/// Callers save through the unit of work.
/// </summary>
public sealed partial class BudgetManager(
    IBudgetRepository budgets,
    IRepository<BudgetCommitment, Guid> commitments,
    IRepository<Expense, Guid> expenses,
    IOrganizationUnitRepository units,
    ISettingProvider settings,
    IBudgetCommitGuard commitGuard,
    BudgetWarningRecorder warnings)
{
    public async Task<Budget> CreateAsync(int fiscalYear, Guid organizationUnitId, string? currency, string name, IReadOnlyList<BudgetLineDraft> lines, CancellationToken cancellationToken = default)
    {
        var code = string.IsNullOrWhiteSpace(currency)
            ? await settings.GetOrNullAsync(MarketingSaaSSettings.Currency, cancellationToken) ?? ""
            : currency.Trim().ToUpperInvariant();
        if (!CurrencyCode().IsMatch(code))
        {
            throw new FieldValidationException("currency", BudgetErrorCodes.InvalidCurrency);
        }

        CheckLines(lines, code);
        await EnsureUnitExistsAsync(organizationUnitId, cancellationToken);
        if (await budgets.AnyAsync(b => b.OrganizationUnitId == organizationUnitId && b.FiscalYear == fiscalYear, cancellationToken))
        {
            throw new BusinessException(BudgetErrorCodes.BudgetExists, new Dictionary<string, object?> { ["year"] = fiscalYear });
        }

        var budget = new Budget(SequentialGuid.Create(), fiscalYear, organizationUnitId, code, name.Trim());
        budget.SetLines(lines);
        await budgets.InsertAsync(budget, cancellationToken);
        return budget;
    }

    public void SetLines(Budget budget, IReadOnlyList<BudgetLineDraft> lines)
    {
        CheckLines(lines, budget.Currency);
        budget.SetLines(lines);
    }

    public async Task EnsureDeletableAsync(Budget budget, CancellationToken cancellationToken = default)
    {
        if (await commitments.AnyAsync(c => c.BudgetId == budget.Id, cancellationToken) || await expenses.AnyAsync(e => e.BudgetId == budget.Id, cancellationToken))
        {
            throw new BusinessException(BudgetErrorCodes.BudgetInUse);
        }
    }

    public async Task<BudgetFigures> GetFiguresAsync(Budget budget, CancellationToken cancellationToken = default) =>
        BudgetFigureCalculator.Calculate(
            budget,
            await commitments.GetListAsync(c => c.BudgetId == budget.Id, cancellationToken),
            await expenses.GetListAsync(e => e.BudgetId == budget.Id, cancellationToken));

    public async Task<BudgetCheckResult> CheckAsync(Guid organizationUnitId, BudgetCategory category, DateTimeOffset date, decimal amount, CancellationToken cancellationToken = default)
    {
        CheckAmount("amount", amount, allowZero: true, currency: null);
        var (budget, _) = await FindBudgetAsync(organizationUnitId, date, cancellationToken);
        MoneyAmounts.Ensure("amount", amount, budget.Currency);
        return await CheckAsync(budget, category, amount, cancellationToken);
    }

    /// <summary>
    /// The category's figures for the fiscal year of <paramref name="date"/> in the unit's budget, leaving out the
    /// commitments of <paramref name="excludedSourceReference"/> (a request's own, to show the budget as it was without
    /// it); null when the unit has no budget that year. Reads only: no guard, no checks.
    /// </summary>
    public async Task<(Budget Budget, int FiscalYear, BudgetCategoryFigures Figures)?> FindCategoryFiguresAsync(
        Guid organizationUnitId, BudgetCategory category, DateTimeOffset date, string? excludedSourceReference, CancellationToken cancellationToken = default)
    {
        var fiscalYear = (await ResolveFiscalDateAsync(date, cancellationToken)).FiscalYear;
        if (await budgets.FindByUnitAndYearAsync(organizationUnitId, fiscalYear, cancellationToken) is not { } budget)
        {
            return null;
        }

        var figures = BudgetFigureCalculator.CalculateCategory(
            category,
            [.. budget.Lines.Where(l => l.Category == category)],
            await commitments.GetListAsync(c => c.BudgetId == budget.Id && c.Category == category && c.SourceReference != excludedSourceReference, cancellationToken),
            await expenses.GetListAsync(e => e.BudgetId == budget.Id && e.Category == category, cancellationToken));
        return (budget, fiscalYear, figures);
    }

    public async Task<BudgetCommitResult> CommitAsync(BudgetCommitmentRequest request, CancellationToken cancellationToken = default)
    {
        CheckAmount("amount", request.Amount, allowZero: false, request.Currency);
        if (string.IsNullOrWhiteSpace(request.SourceReference))
        {
            throw new FieldValidationException("sourceReference", "Framework:Required");
        }

        var (budget, fiscalDate) = await FindBudgetAsync(request.OrganizationUnitId, request.Date, cancellationToken);
        EnsureSameCurrency(budget, request.Currency);
        await commitGuard.EnterAsync(budget, cancellationToken);
        var figures = await CategoryFiguresAsync(budget, request.Category, cancellationToken);
        var level = BudgetFigure.LevelOf(figures.Total.Planned, figures.Total.Used + request.Amount);
        var needsExtraApproval = false;
        if (level == BudgetWarningLevel.Over)
        {
            if (!request.OverspendApproved && await GetOverBudgetPolicyAsync(cancellationToken) == OverBudgetPolicy.Block)
            {
                throw new BudgetExceededException(figures.Total.Remaining, budget.Currency);
            }

            needsExtraApproval = true;
        }

        var commitment = new BudgetCommitment(SequentialGuid.Create(), budget.Id, request.SourceReference.Trim(), request.OrganizationUnitId, request.Category, request.Date, fiscalDate, request.Amount, budget.Currency)
        {
            NeedsExtraApproval = needsExtraApproval,
        };
        await commitments.InsertAsync(commitment, cancellationToken);
        await warnings.RecordIfReachedAsync(budget, request.Category, figures.Total with { Committed = figures.Total.Committed + request.Amount }, cancellationToken);
        return new BudgetCommitResult(commitment, level, needsExtraApproval);
    }

    public async Task<BudgetCommitment> ReleaseAsync(Guid commitmentId, CancellationToken cancellationToken = default)
    {
        var commitment = await commitments.GetAsync(commitmentId, cancellationToken);
        if (commitment.Status != BudgetCommitmentStatus.Open)
        {
            throw new BusinessException(BudgetErrorCodes.CommitmentNotOpen);
        }

        commitment.Release();
        await commitments.UpdateAsync(commitment, cancellationToken: cancellationToken);
        return commitment;
    }

    /// <summary>
    /// Records spent money. An expense that would take the category over its planned amount (beyond the open amount of
    /// the commitment it settles) follows the over-budget policy: Block → 422 <see cref="BudgetExceededException"/>;
    /// ExtraApproval → 422 <see cref="ExpenseNeedsApprovalException"/> (the caller may submit it for approval instead,
    /// <see cref="ExpenseOverrunApprovals"/>). So committed + actual never exceeds planned unless an approval allowed it
    /// (<see cref="ExpenseRequest.OverspendApproved"/>, set by <see cref="BudgetLedger.RecordApprovedActualAsync"/>).
    /// </summary>
    public async Task<Expense> RecordExpenseAsync(ExpenseRequest request, CancellationToken cancellationToken = default)
    {
        CheckAmount("amount", request.Amount, allowZero: false, request.Currency);
        var (budget, fiscalDate) = await FindBudgetAsync(request.OrganizationUnitId, request.Date, cancellationToken);
        EnsureSameCurrency(budget, request.Currency);
        await commitGuard.EnterAsync(budget, cancellationToken);
        BudgetCommitment? commitment = null;
        if (request.CommitmentId is { } commitmentId)
        {
            commitment = await commitments.GetAsync(commitmentId, cancellationToken);
            if (commitment.BudgetId != budget.Id || commitment.Category != request.Category)
            {
                throw new BusinessException(BudgetErrorCodes.CommitmentMismatch);
            }

            if (commitment.Status != BudgetCommitmentStatus.Open)
            {
                throw new BusinessException(BudgetErrorCodes.CommitmentNotOpen);
            }
        }

        var before = await CategoryFiguresAsync(budget, request.Category, cancellationToken);
        if (!request.OverspendApproved)
        {
            await EnsureWithinBudgetAsync(budget, before.Total, request.Amount - Math.Min(commitment?.OpenAmount ?? 0m, request.Amount), cancellationToken);
        }

        if (commitment is not null)
        {
            commitment.Settle(request.Amount);
            await commitments.UpdateAsync(commitment, cancellationToken: cancellationToken);
        }

        var expense = new Expense(SequentialGuid.Create(), budget.Id, request.OrganizationUnitId, request.Category, request.Date, fiscalDate, request.Amount, budget.Currency, request.Description.Trim(), request.CommitmentId);
        var figures = await CategoryFiguresAsync(budget, request.Category, cancellationToken);
        await expenses.InsertAsync(expense, cancellationToken);
        await warnings.RecordIfReachedAsync(budget, request.Category, figures.Total with { Actual = figures.Total.Actual + request.Amount }, cancellationToken);
        return expense;
    }

    /// <summary>Corrects a recorded expense's amount; the commitment it settles is settled anew from its expenses.</summary>
    public async Task<Expense> ChangeExpenseAmountAsync(Guid expenseId, decimal amount, CancellationToken cancellationToken = default)
    {
        var expense = await expenses.GetAsync(expenseId, cancellationToken);
        CheckAmount("amount", amount, allowZero: false, expense.Currency);
        // With its lines: without them the category's plan counted as 0 (every correction looked over budget).
        var budget = await budgets.FindWithLinesAsync(expense.BudgetId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Budget), expense.BudgetId);
        await commitGuard.EnterAsync(budget, cancellationToken);
        var before = await CategoryFiguresAsync(budget, expense.Category, cancellationToken);
        expense.ChangeAmount(amount);
        await expenses.UpdateAsync(expense, cancellationToken: cancellationToken);
        await ResettleAsync(expense, amount, cancellationToken);
        var figures = await CategoryFiguresAsync(budget, expense.Category, cancellationToken);
        await EnsureWithinBudgetAsync(budget, before.Total, figures.Total.Used - before.Total.Used, cancellationToken);
        await warnings.RecordIfReachedAsync(budget, expense.Category, figures.Total, cancellationToken);
        return expense;
    }

    /// <summary>Removes a wrongly recorded expense (soft delete, audited); the commitment it settled is open again by its amount.</summary>
    public async Task DeleteExpenseAsync(Guid expenseId, CancellationToken cancellationToken = default)
    {
        var expense = await expenses.GetAsync(expenseId, cancellationToken);
        await ResettleAsync(expense, 0m, cancellationToken);
        await expenses.DeleteAsync(expense, cancellationToken);
    }

    /// <summary>Spending <paramref name="increase"/> more in a category at <paramref name="total"/> follows the over-budget policy when it goes over.</summary>
    private async Task EnsureWithinBudgetAsync(Budget budget, BudgetFigure total, decimal increase, CancellationToken cancellationToken)
    {
        if (increase <= 0m || BudgetFigure.LevelOf(total.Planned, total.Used + increase) != BudgetWarningLevel.Over)
        {
            return;
        }

        throw await GetOverBudgetPolicyAsync(cancellationToken) == OverBudgetPolicy.Block
            ? new BudgetExceededException(total.Remaining, budget.Currency)
            : new ExpenseNeedsApprovalException(total.Remaining, budget.Currency);
    }

    public async Task<OverBudgetPolicy> GetOverBudgetPolicyAsync(CancellationToken cancellationToken = default) =>
        Enum.TryParse<OverBudgetPolicy>(await settings.GetOrNullAsync(BudgetSettings.OverBudgetPolicy, cancellationToken), ignoreCase: true, out var policy)
            ? policy
            : OverBudgetPolicy.Block;

    public async Task<FiscalDate> ResolveFiscalDateAsync(DateTimeOffset date, CancellationToken cancellationToken = default)
    {
        var zoneId = await settings.GetOrNullAsync(MarketingSaaSSettings.TimeZone, cancellationToken);
        var zone = zoneId is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.Utc;
        var startMonth = int.TryParse(await settings.GetOrNullAsync(MarketingSaaSSettings.FiscalYearStartMonth, cancellationToken), out var month) && month is >= 1 and <= 12
            ? month
            : 1;
        return FiscalCalendar.Resolve(date, zone, startMonth);
    }

    private async Task ResettleAsync(Expense expense, decimal newAmount, CancellationToken cancellationToken)
    {
        if (expense.CommitmentId is not { } commitmentId)
        {
            return;
        }

        var commitment = await commitments.GetAsync(commitmentId, cancellationToken);
        var others = await expenses.GetListAsync(e => e.CommitmentId == commitmentId && e.Id != expense.Id, cancellationToken);
        commitment.Resettle(others.Sum(e => e.Amount) + newAmount);
        await commitments.UpdateAsync(commitment, cancellationToken: cancellationToken);
    }

    private async Task<BudgetCheckResult> CheckAsync(Budget budget, BudgetCategory category, decimal amount, CancellationToken cancellationToken)
    {
        var figures = await CategoryFiguresAsync(budget, category, cancellationToken);
        var level = BudgetFigure.LevelOf(figures.Total.Planned, figures.Total.Used + amount);
        return new BudgetCheckResult(budget.Id, level, figures.Total.Remaining, budget.Currency);
    }

    /// <summary>The category's figures from the stored rows (tracked rows with their pending changes, e.g. a settled commitment).</summary>
    private async Task<BudgetCategoryFigures> CategoryFiguresAsync(Budget budget, BudgetCategory category, CancellationToken cancellationToken) =>
        BudgetFigureCalculator.CalculateCategory(
            category,
            [.. budget.Lines.Where(l => l.Category == category)],
            await commitments.GetListAsync(c => c.BudgetId == budget.Id && c.Category == category, cancellationToken),
            await expenses.GetListAsync(e => e.BudgetId == budget.Id && e.Category == category, cancellationToken));

    private async Task<(Budget Budget, FiscalDate FiscalDate)> FindBudgetAsync(Guid organizationUnitId, DateTimeOffset date, CancellationToken cancellationToken)
    {
        await EnsureUnitExistsAsync(organizationUnitId, cancellationToken);
        var fiscalDate = await ResolveFiscalDateAsync(date, cancellationToken);
        var budget = await budgets.FindByUnitAndYearAsync(organizationUnitId, fiscalDate.FiscalYear, cancellationToken)
            ?? throw new BusinessException(BudgetErrorCodes.NoBudget, new Dictionary<string, object?> { ["year"] = fiscalDate.FiscalYear });
        return (budget, fiscalDate);
    }

    private async Task EnsureUnitExistsAsync(Guid organizationUnitId, CancellationToken cancellationToken)
    {
        if (!await units.AnyAsync(u => u.Id == organizationUnitId, cancellationToken))
        {
            throw new BusinessException(MarketingSaaSErrorCodes.UnknownOrganizationUnit, new Dictionary<string, object?> { ["id"] = organizationUnitId });
        }
    }

    private static void EnsureSameCurrency(Budget budget, string currency)
    {
        if (!string.Equals(budget.Currency, currency?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new BusinessException(BudgetErrorCodes.CurrencyMismatch, new Dictionary<string, object?> { ["currency"] = currency, ["budgetCurrency"] = budget.Currency });
        }
    }

    private static void CheckLines(IReadOnlyList<BudgetLineDraft> lines, string currency)
    {
        var seen = new HashSet<(BudgetCategory, BudgetPeriodKind, int?)>();
        foreach (var (line, index) in lines.Select((l, i) => (l, i)))
        {
            var field = $"lines[{index}]";
            var validNumber = line.PeriodKind switch
            {
                BudgetPeriodKind.Year => line.PeriodNumber is null,
                BudgetPeriodKind.Quarter => line.PeriodNumber is >= 1 and <= 4,
                BudgetPeriodKind.Month => line.PeriodNumber is >= 1 and <= 12,
                _ => false,
            };
            if (!Enum.IsDefined(line.Category) || !validNumber)
            {
                throw new FieldValidationException(field + ".periodNumber", BudgetErrorCodes.InvalidPeriod);
            }

            CheckAmount(field + ".plannedAmount", line.PlannedAmount, allowZero: true, currency);
            if (!seen.Add((line.Category, line.PeriodKind, line.PeriodNumber)))
            {
                throw new FieldValidationException(field, BudgetErrorCodes.DuplicateLine);
            }
        }
    }

    /// <summary>Amounts are stored with two decimals, so more would be rounded silently: refuse them instead (<see cref="MoneyAmounts"/>).</summary>
    private static void CheckAmount(string field, decimal amount, bool allowZero, string? currency)
    {
        if (amount < 0m || (!allowZero && amount == 0m) || decimal.Round(amount, BudgetConsts.AmountScale) != amount || amount >= 10_000_000_000_000_000m)
        {
            throw new FieldValidationException(field, BudgetErrorCodes.InvalidAmount);
        }

        MoneyAmounts.Ensure(field, amount, currency);
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();
}
