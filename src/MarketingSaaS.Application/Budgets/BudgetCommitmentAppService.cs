using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Budgets;

public sealed class BudgetCommitmentAppService(BudgetManager manager, IUnitOfWork unitOfWork) : IBudgetCommitmentAppService
{
    public async Task<BudgetCommitResultDto> CommitAsync(CreateBudgetCommitmentDto input, CancellationToken cancellationToken = default)
    {
        // The request's transaction keeps the budget row locked (PostgreSQL) from the check until the commitment is saved.
        var result = await manager.CommitAsync(
            new BudgetCommitmentRequest(input.SourceReference, input.OrganizationUnitId!.Value, input.Category, input.Date!.Value, input.Amount, input.Currency),
            cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return new BudgetCommitResultDto(BudgetMapper.ToDto(result.Commitment), result.Level, result.NeedsExtraApproval);
    }

    public async Task<BudgetCommitmentDto> ReleaseAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var commitment = await manager.ReleaseAsync(id, cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return BudgetMapper.ToDto(commitment);
    }

    public async Task<ExpenseDto> RecordExpenseAsync(CreateExpenseDto input, CancellationToken cancellationToken = default)
    {
        var expense = await manager.RecordExpenseAsync(
            new ExpenseRequest(input.OrganizationUnitId!.Value, input.Category, input.Date!.Value, input.Amount, input.Currency, input.Description, input.CommitmentId),
            cancellationToken);
        await unitOfWork.SaveChangesAsync(cancellationToken);
        return BudgetMapper.ToDto(expense);
    }
}
