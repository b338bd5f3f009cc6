using MarketingSaaS.Framework.Users;
using MarketingSaaS.Framework.Uow;

namespace MarketingSaaS.Budgets;

public sealed class BudgetCommitmentAppService(BudgetManager manager, ExpenseOverrunApprovals overruns, ICurrentUser currentUser, IUnitOfWork unitOfWork) : IBudgetCommitmentAppService
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

    public async Task<ExpenseRecordingDto> RecordExpenseAsync(CreateExpenseDto input, CancellationToken cancellationToken = default)
    {
        var request = new ExpenseRequest(input.OrganizationUnitId!.Value, input.Category, input.Date!.Value, input.Amount, input.Currency, input.Description, input.CommitmentId);
        try
        {
            var expense = await manager.RecordExpenseAsync(request, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return new ExpenseRecordingDto(BudgetMapper.ToDto(expense), null);
        }
        catch (ExpenseNeedsApprovalException)
        {
            // Nothing was changed before the check refused it; the overrun goes to the approval engine instead.
            var approval = await overruns.SubmitAsync(request, currentUser.Id!.Value, cancellationToken);
            await unitOfWork.SaveChangesAsync(cancellationToken);
            return new ExpenseRecordingDto(null, new ExpenseApprovalDto(approval.Id, approval.Amount, approval.Currency));
        }
    }
}
